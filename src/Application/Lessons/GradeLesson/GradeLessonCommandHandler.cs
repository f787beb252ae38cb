using MediatR;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Domain.Teaching;

namespace TutorBot.Application.Lessons.GradeLesson;

internal sealed class GradeLessonCommandHandler(ITutorBotDbContext db, Course course, GradeScale scale, TimeProvider clock)
    : IRequestHandler<GradeLessonCommand, LessonGradeDto>
{
    public async Task<LessonGradeDto> Handle(GradeLessonCommand request, CancellationToken cancellationToken)
    {
        // Every attempt is needed for the best grade and the unlocks; the open one is among them, so one read does.
        var attempts = await db.AttemptsOfAsync(request.StudentId, tracked: false, cancellationToken);
        var (attempt, lesson) = await db.OpenLessonAsync(course, request.StudentId, attempts.Find(a => a.IsOpen), cancellationToken);
        var before = new CourseProgress(course, attempts);
        var previousBest = before.Best(lesson)?.Percentage;

        var grade = attempt.Grade(scale, clock.GetUtcNow().UtcDateTime);
        await db.SaveGradeAsync(attempt, cancellationToken);

        var after = new CourseProgress(course, attempts);
        var unlocked = course.Lessons
            .Where(l => l.Prerequisites.Count > 0 && !before.IsUnlocked(l) && after.IsUnlocked(l))
            .Select(after.Ref)
            .ToList();
        var best = after.Best(lesson)!;
        var next = after.NextLesson();
        return new LessonGradeDto(
            after.Ref(lesson), attempt.Number, grade.Earned, grade.Possible, grade.Percentage, grade.Letter, grade.Passed,
            best.Percentage!.Value, best.Letter!.Value, IsBest: previousBest is null || grade.Percentage > previousBest,
            unlocked, next is null ? null : after.Ref(next));
    }
}
