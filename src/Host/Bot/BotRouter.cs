using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TutorBot.Application.Lessons;
using TutorBot.Application.Students.RegisterStudent;
using TutorBot.Application.Tutoring;
using TutorBot.Application.Tutoring.AskTutor;
using TutorBot.Application.Tutoring.GetTutorFocus;
using TutorBot.Domain.Teaching;
using TutorBot.Host.Bot.Lessons;
using TutorBot.Host.Bot.Tutoring;
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

    internal const string AskCommandName = "ask";

    public async Task<IReadOnlyList<BotReply>> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        // One scope per message: its own database context, so one message's failure cannot leak into the next.
        await using var scope = scopes.CreateAsyncScope();
        var askedAhead = await AskAheadAsync(scope.ServiceProvider, message, cancellationToken);
        return await RouteAsync(scope.ServiceProvider, message, askedAhead, cancellationToken);
    }

    /// <summary>
    /// When the message is a question for the tutor (free text while no exercise is open, or /ask), asks it now, in a
    /// scope of its own and outside any transaction: a model may take seconds, and the database must not wait on it.
    /// The answer then goes to <see cref="RouteAsync"/>, which stores question, answer and reply together.
    /// </summary>
    /// <returns>Null when the message is no question, or when asking failed: the handling meets and answers that itself.</returns>
    public async Task<AskedAhead?> AskAheadAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await AskAheadAsync(scope.ServiceProvider, message, cancellationToken);
    }

    /// <summary>
    /// Handles a message in the caller's scope. The Telegram transport calls it inside its own transaction, so
    /// that the replies are stored in the same transaction as what the message changed.
    /// </summary>
    /// <param name="askedAhead">From <see cref="AskAheadAsync(IncomingMessage, CancellationToken)"/>, for this message.</param>
    public async Task<IReadOnlyList<BotReply>> RouteAsync(
        IServiceProvider services, IncomingMessage message, AskedAhead? askedAhead, CancellationToken cancellationToken)
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
                    ? [await TutorReply.AnswerAsync(mediator, message.StudentId, message.Text, askedAhead, cancellationToken)]
                    : [await AnswerFlow.AnswerAsync(
                        mediator, services.GetRequiredService<ScoringRules>(), message.StudentId, message.Text, message.Text, null, null, cancellationToken)];
            }

            var commands = services.GetServices<IBotCommand>().Where(c => !c.AdminOnly || message.IsAdmin).ToList();
            var context = new BotCommandContext(message, arguments, student.DisplayName, student.IsNew, commands, askedAhead);
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

    private async Task<AskedAhead?> AskAheadAsync(IServiceProvider services, IncomingMessage message, CancellationToken cancellationToken)
    {
        var mediator = services.GetRequiredService<IMediator>();
        try
        {
            if (await QuestionInAsync(mediator, message, cancellationToken) is not { } asked)
            {
                return null;
            }

            var answer = await mediator.Send(new AskTutorQuery(message.StudentId, asked.Question, asked.Focus), cancellationToken);
            return new AskedAhead(asked.Question, answer);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A question that breaks the rules is refused by the handling, with the reason; anything else is worth a look.
            if (UserFacingError.FromExpected(e) is null)
            {
                LogAskAheadFailed(logger, e, message.StudentId);
            }

            return null;
        }
    }

    /// <summary>The same decision <see cref="RouteAsync"/> makes: free text while no exercise is open, or /ask's text.</summary>
    /// <returns>
    /// The question, with the student's focus when deciding needed it: the tutor then reads no open attempt again.
    /// </returns>
    private static async Task<(string Question, TutorFocus? Focus)?> QuestionInAsync(
        IMediator mediator, IncomingMessage message, CancellationToken cancellationToken)
    {
        if (BotCommandLine.TryParse(message.Text, out var name, out var arguments))
        {
            return name == AskCommandName && arguments.Length > 0 ? (arguments, null) : null;
        }

        // Its exercise is the one GetOpenExercise would find, which RouteAsync asks about.
        var focus = await mediator.Send(new GetTutorFocusQuery(message.StudentId), cancellationToken);
        return focus.Exercise is null ? (message.Text, focus) : null;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling a message from student {StudentId} failed")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, long studentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Asking the tutor ahead for student {StudentId} failed; the message is handled without it")]
    private static partial void LogAskAheadFailed(ILogger logger, Exception exception, long studentId);
}
