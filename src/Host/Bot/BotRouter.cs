using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TutorBot.Application.Common.Options;
using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Application.Lessons;
using TutorBot.Application.Students.RegisterStudent;
using TutorBot.Domain.Teaching;
using TutorBot.Host.Bot.Lessons;
using TutorBot.Host.Errors;

namespace TutorBot.Host.Bot;

/// <summary>
/// The transport-neutral heart of the bot: turns one incoming message into requests and a reply.
/// Telegram and local chat are adapters around it, so both behave the same.
/// </summary>
public sealed partial class BotRouter(IServiceScopeFactory scopes, ILogger<BotRouter> logger)
{
    /// <summary>The command that answers unknown commands too.</summary>
    internal const string HelpCommandName = "help";

    public async Task<IReadOnlyList<BotReply>> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        // One scope per message: its own database context, so one message's failure cannot leak into the next.
        await using var scope = scopes.CreateAsyncScope();
        return await RouteAsync(scope.ServiceProvider, message, cancellationToken);
    }

    /// <summary>
    /// Handles a message in the caller's scope. The Telegram transport calls it inside its own transaction, so
    /// that the replies are stored in the same transaction as what the message changed.
    /// </summary>
    public async Task<IReadOnlyList<BotReply>> RouteAsync(IServiceProvider services, IncomingMessage message, CancellationToken cancellationToken)
    {
        var mediator = services.GetRequiredService<IMediator>();
        try
        {
            // Telegram usually sends /start first, but not always: whoever writes is registered.
            var student = await mediator.Send(new RegisterStudentCommand(message.StudentId, message.StudentName), cancellationToken);

            if (!BotCommandLine.TryParse(message.Text, out var name, out var arguments))
            {
                // While an exercise is open, text is its answer; commands (below) still work as ever.
                return await mediator.Send(new GetOpenExerciseQuery(message.StudentId), cancellationToken) is null
                    ? [await StoreFreeTextAsync(mediator, services, message, cancellationToken)]
                    : [await AnswerFlow.AnswerAsync(
                        mediator, services.GetRequiredService<ScoringRules>(), message.StudentId, message.Text, message.Text, null, null, cancellationToken)];
            }

            var commands = services.GetServices<IBotCommand>().Where(c => !c.AdminOnly || message.IsAdmin).ToList();
            var context = new BotCommandContext(message, arguments, student.DisplayName, student.IsNew, commands);
            var command = commands.Find(c => c.Name == name) ?? commands.Single(c => c.Name == HelpCommandName);
            var reply = await command.ExecuteAsync(context, cancellationToken);
            if (command.Name == name)
            {
                return [reply];
            }

            var unknown = name.Length == 0 ? "A command is a slash and a word, like /help." : $"I don't know the command /{name}.";
            return [new BotReply(unknown), reply];
        }
        catch (Exception e) when (UserFacingError.FromExpected(e) is { } error)
        {
            return [new BotReply(error.Message)];
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogUnexpected(logger, e, message.StudentId);
            return [new BotReply("Sorry, something went wrong on my side. Please try again in a moment.")];
        }
    }

    private static async Task<BotReply> StoreFreeTextAsync(
        IMediator mediator, IServiceProvider services, IncomingMessage message, CancellationToken cancellationToken)
    {
        var stored = await mediator.Send(AddMessageCommand.FromStudent(message.StudentId, message.Text), cancellationToken);
        var limit = services.GetRequiredService<IOptions<LimitsOptions>>().Value.MaxMessagesPerStudent;
        return new BotReply(
            $"Noted. Our conversation now holds {BotText.Count(stored.ContextSize, "message")} (I keep the last {limit}). " +
            "Tutor answers are coming soon; /help shows what I can do today.");
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling a message from student {StudentId} failed")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, long studentId);
}
