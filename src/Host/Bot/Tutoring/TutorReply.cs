using MediatR;
using TutorBot.Application.Tutoring.AskTutor;
using TutorBot.Application.Tutoring.RecordTutorAnswer;

namespace TutorBot.Host.Bot.Tutoring;

/// <summary>A question to the tutor, from free text or /ask: answered, then question and answer stored together.</summary>
internal static class TutorReply
{
    public static async Task<BotReply> AnswerAsync(
        IMediator mediator, long studentId, string question, AskedAhead? askedAhead, CancellationToken cancellationToken)
    {
        // Asked here only when asking ahead was not possible; inside the Telegram update's transaction the tutor then
        // answers offline rather than hold the database while a model thinks.
        var answer = askedAhead is { } ahead && ahead.Question == question
            ? ahead.Answer
            : await mediator.Send(new AskTutorQuery(studentId, question), cancellationToken);
        await mediator.Send(new RecordTutorAnswerCommand(studentId, question, answer.Text, answer.InputTokens, answer.OutputTokens), cancellationToken);
        return new BotReply(answer.Text);
    }
}
