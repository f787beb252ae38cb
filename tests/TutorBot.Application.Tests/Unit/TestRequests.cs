using TutorBot.Application.Common.Messaging;

namespace TutorBot.Application.Tests.Unit;

/// <summary>Requests known only to the tests, so that behaviours can be driven without any handler.</summary>
internal sealed record TestCommand(string Text = "", int Number = 0) : ICommand<string>;

/// <inheritdoc cref="TestCommand"/>
internal sealed record TestQuery(string Text = "") : IQuery<string>;
