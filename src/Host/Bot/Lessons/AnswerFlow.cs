using MediatR;
using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Application.Lessons;
using TutorBot.Domain.Conversations;
using TutorBot.Domain.Teaching;

namespace TutorBot.Host.Bot.Lessons;

/// <summary>
/// An answer to the open exercise, typed or tapped: kept in the conversation, checked, and answered with feedback and
/// then the next exercise, the same exercise again (a retry) or, at the end, the lesson's grade.
/// </summary>
internal static class AnswerFlow
{
    /// <param name="text">The answer as the conversation keeps it.</param>
    /// <param name="answer">The answer as checked (for a button, the option's number).</param>
    /// <param name="exerciseId">The exercise a button was shown for; null for a typed answer.</param>
    /// <param name="try">The try a button was shown for (1, or 2 for the retry); null for a typed answer.</param>
    public static async Task<BotReply> AnswerAsync(
        IMediator mediator, ScoringRules rules, long studentId, string text, string answer, string? exerciseId, int? @try, CancellationToken cancellationToken)
    {
        await mediator.Send(AddMessageCommand.FromStudent(studentId, text, MessageIntent.Answer), cancellationToken);
        var result = await mediator.Send(new SubmitAnswerCommand(studentId, answer, exerciseId, @try), cancellationToken);
        var feedback = FeedbackText.Describe(result);

        if (result.LessonFinished)
        {
            var grade = await mediator.Send(new GradeLessonCommand(studentId), cancellationToken);
            return GradeText.Reply(grade, feedback);
        }

        if (result.Next is { } next)
        {
            return ExerciseText.Reply(next, rules, feedback);
        }

        // A retry or an unreadable answer: the same exercise is still open, shown again with its buttons.
        // Typed answers need no repeat; choices get their buttons again, marked for the retry.
        return await mediator.Send(new GetOpenExerciseQuery(studentId), cancellationToken) is { Kind: ExerciseKind.Choice } open
            ? ExerciseText.Reply(open, rules, feedback)
            : new BotReply(feedback);
    }
}
