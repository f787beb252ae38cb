using MediatR;
using Microsoft.EntityFrameworkCore;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Domain.Teaching;

namespace TutorBot.Application.Lessons.GetLessonStats;

internal sealed class GetLessonStatsQueryHandler(ITutorBotDbContext db, Course course) : IRequestHandler<GetLessonStatsQuery, IReadOnlyList<LessonStatsDto>>
{
    public async Task<IReadOnlyList<LessonStatsDto>> Handle(GetLessonStatsQuery request, CancellationToken cancellationToken)
    {
        // SQLite cannot aggregate decimals (EF stores them as text), so the figures are worked out here; attempts are small.
        var attempts = await db.Attempts.AsNoTracking().ToListAsync(cancellationToken);
        var exercises = await (
            from answer in db.Answers
            join attempt in db.Attempts on answer.AttemptId equals attempt.Id
            group answer by new { attempt.LessonId, answer.ExerciseId } into g
            select new { g.Key.LessonId, g.Key.ExerciseId, Answers = g.Count(), RightFirstTime = g.Count(r => r.Correct && r.Tries == 1) })
            .ToListAsync(cancellationToken);
        return [.. course.Lessons.Select(lesson =>
        {
            var at = attempts.Where(a => a.LessonId == lesson.Id).ToList();
            var bests = at.Where(a => a.IsGraded).GroupBy(a => a.StudentId).Select(g => g.Max(a => a.Percentage!.Value)).ToList();
            var passedStudents = at.Where(a => a.Passed == true).Select(a => a.StudentId).Distinct().Count();
            var firstTries = exercises.Where(e => e.LessonId == lesson.Id)
                .Select(e => (Id: e.ExerciseId, Rate: (decimal)e.RightFirstTime / e.Answers))
                .OrderBy(x => x.Rate).ThenBy(x => x.Id, StringComparer.Ordinal)
                .FirstOrDefault();
            return new LessonStatsDto(
                CourseProgress.LessonRef(course, lesson),
                at.Select(a => a.StudentId).Distinct().Count(),
                bests.Count,
                bests.Count == 0 ? null : (decimal)passedStudents / bests.Count,
                bests.Count == 0 ? null : bests.Average(),
                firstTries.Id,
                firstTries.Id is null ? null : firstTries.Rate);
        })];
    }
}
