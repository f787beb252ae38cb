using MediatR;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Domain.Common;
using TutorBot.Domain.Teaching;

namespace TutorBot.Application.Lessons.GetHint;

internal sealed class GetHintCommandHandler(ITutorBotDbContext db, Course course, ScoringRules rules)
    : IRequestHandler<GetHintCommand, HintDto>
{
    public async Task<HintDto> Handle(GetHintCommand request, CancellationToken cancellationToken)
    {
        var (attempt, lesson) = await db.OpenLessonAsync(course, request.StudentId, cancellationToken);
        var exercise = attempt.OpenExerciseId is { } id ? lesson.FindExercise(id) : null;
        if (exercise is null)
        {
            throw new DomainException("Every exercise of this lesson is answered: there is nothing to hint at.");
        }

        if (exercise.Hint is not { } hint)
        {
            throw new DomainException("This exercise has no hint. Give it your best try!");
        }

        attempt.UseHint();
        await db.SaveChangesAsync(cancellationToken);
        return new HintDto(hint, exercise.Points, rules.PointsFor(exercise.Points, usedHint: true, attempt.WrongTries + 1, correct: true));
    }
}
