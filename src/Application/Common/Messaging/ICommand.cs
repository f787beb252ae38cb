using MediatR;

namespace TutorBot.Application.Common.Messaging;

/// <summary>A request that changes state: the pipeline runs it inside one database write transaction.</summary>
public interface ICommand;

/// <inheritdoc cref="ICommand"/>
public interface ICommand<out TResponse> : IRequest<TResponse>, ICommand;
