using MediatR;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Domain.Common;
using TutorBot.Domain.Teaching;

namespace TutorBot.Application.Lessons.SubmitAnswer;

internal sealed class SubmitAnswerCommandHandler(ITutorBotDbContext db, Course course, ScoringRules rules, TimeProvider clock)
    : IRequestHandler<SubmitAnswerCommand, AnswerResultDto>
{
    public async Task<AnswerResultDto> Handle(SubmitAnswerCommand request, CancellationToken cancellationToken)
    {
        var open = await db.FindOpenAttemptAsync(request.StudentId, tracked: false, cancellationToken);
        var (attempt, lesson) = await db.OpenLessonAsync(course, request.StudentId, open, cancellationToken);
        if ((request.ExerciseId is not null && request.ExerciseId != attempt.OpenExerciseId) ||
            (request.Try is { } @try && @try != attempt.WrongTries + 1))
        {
            // A second tap on a button whose answer counted already; checked in the write transaction, so two taps at
            // the same moment cannot both pass.
            throw new DomainException("That exercise is already answered.");
        }

        if (attempt.OpenExerciseId is not { } openId || lesson.FindExercise(openId) is not { } exercise)
        {
            await db.SaveAnswerAsync(attempt, null, cancellationToken);
            return new AnswerResultDto(AnswerOutcome.Unreadable, "Every exercise of this lesson is answered.", null, null, 0, 0, null, LessonFinished: true);
        }

        var check = exercise.Check(request.Answer);
        var step = attempt.Answer(exercise, check.Verdict, rules, clock.GetUtcNow().UtcDateTime);
        attempt.SkipRemovedExercises(lesson);
        await db.SaveAnswerAsync(attempt, step.Result, cancellationToken);

        var outcome = check.Verdict switch
        {
            AnswerVerdict.Correct => AnswerOutcome.Correct,
            AnswerVerdict.Unreadable => AnswerOutcome.Unreadable,
            _ => step.Over ? AnswerOutcome.Wrong : AnswerOutcome.TryAgain,
        };
        return new AnswerResultDto(
            outcome,
            check.Problem,
            step.Over ? exercise.Explanation : null,
            step.Over ? exercise.CorrectAnswer : null,
            step.Earned,
            exercise.Points,
            step.Over ? CourseProgress.OpenExercise(attempt, lesson) : null,
            attempt.IsFinished);
    }
}
