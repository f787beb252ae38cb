using MediatR;
using TutorBot.Host.Bot.Tutoring;

namespace TutorBot.Host.Bot.Commands;

/// <summary>A question for the tutor that is never taken for an exercise's answer: the way to ask during a lesson.</summary>
internal sealed class AskCommand(IMediator mediator) : IBotCommand
{
    public string Name => BotRouter.AskCommandName;

    public string Description => "Ask the tutor a question, also during an exercise: /ask why is 1/2 the same as 2/4?";

    public Task<BotReply> ExecuteAsync(BotCommandContext context, CancellationToken cancellationToken) =>
        context.Arguments.Length == 0
            ? Task.FromResult(new BotReply("Write your question after /ask, for example: /ask what is a common denominator?"))
            : TutorReply.AnswerAsync(mediator, context.Message.StudentId, context.Arguments, context.AskedAhead, cancellationToken);
}
