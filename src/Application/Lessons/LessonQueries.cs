using Microsoft.EntityFrameworkCore;
using TutorBot.Application.Common.Exceptions;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Students;
using TutorBot.Domain.Common;
using TutorBot.Domain.Progress;
using TutorBot.Domain.Teaching;

namespace TutorBot.Application.Lessons;

internal static class LessonQueries
{
    public const string NoLessonOpen = "No lesson is open. /lessons lists them; /lesson N starts one.";

    // The router asks for every message whether an exercise is open, and every answer loads its attempt: compiled,
    // these skip EF Core's query cache (see StudentQueries).
    private static readonly Func<DbContext, long, CancellationToken, Task<LessonAttempt?>> OpenAttempt =
        EF.CompileAsyncQuery((DbContext db, long studentId, CancellationToken _) =>
            db.Set<LessonAttempt>().FirstOrDefault(a => a.StudentId == studentId && a.IsOpen));

    private static readonly Func<DbContext, long, CancellationToken, Task<LessonAttempt?>> OpenAttemptUntracked =
        EF.CompileAsyncQuery((DbContext db, long studentId, CancellationToken _) =>
            db.Set<LessonAttempt>().AsNoTracking().FirstOrDefault(a => a.StudentId == studentId && a.IsOpen));

    private static readonly Func<DbContext, long, IAsyncEnumerable<LessonAttempt>> AttemptsUntracked =
        EF.CompileAsyncQuery<DbContext, long, LessonAttempt>((db, studentId) =>
            db.Set<LessonAttempt>().AsNoTracking().Where(a => a.StudentId == studentId).OrderBy(a => a.Id));

    /// <summary>The student's open attempt, if any; tracked only when it is to be changed.</summary>
    public static Task<LessonAttempt?> FindOpenAttemptAsync(this ITutorBotDbContext db, long studentId, bool tracked, CancellationToken cancellationToken) =>
        tracked ? OpenAttempt(db.Context, studentId, cancellationToken) : OpenAttemptUntracked(db.Context, studentId, cancellationToken);

    /// <summary>
    /// Every attempt of the student, oldest first: tracked when a command changes them through the change tracker,
    /// untracked (compiled: grading reads them on every lesson's end) for queries and for <see cref="AttemptWrites"/>.
    /// </summary>
    public static Task<List<LessonAttempt>> AttemptsOfAsync(this ITutorBotDbContext db, long studentId, bool tracked, CancellationToken cancellationToken) =>
        tracked
            ? db.Attempts.Where(a => a.StudentId == studentId).OrderBy(a => a.Id).ToListAsync(cancellationToken)
            : AttemptsUntracked(db.Context, studentId).ToListAsync(cancellationToken).AsTask();

    /// <summary>The lesson the student is in, with that lesson; refused when there is none or it left the course.</summary>
    public static async Task<(LessonAttempt Attempt, Lesson Lesson)> OpenLessonAsync(
        this ITutorBotDbContext db, Course course, long studentId, CancellationToken cancellationToken) =>
        await db.OpenLessonAsync(course, studentId, await db.FindOpenAttemptAsync(studentId, tracked: true, cancellationToken), cancellationToken);

    /// <inheritdoc cref="OpenLessonAsync(ITutorBotDbContext, Course, long, CancellationToken)"/>
    /// <param name="attempt">The student's open attempt, already loaded (tracked, or untracked to be saved by <see cref="AttemptWrites"/>); null when they have none.</param>
    public static async Task<(LessonAttempt Attempt, Lesson Lesson)> OpenLessonAsync(
        this ITutorBotDbContext db, Course course, long studentId, LessonAttempt? attempt, CancellationToken cancellationToken)
    {
        if (attempt is null)
        {
            // Only now is the student looked up: an open attempt implies them, and this runs for every answer.
            await db.RequireStudentAsync(studentId, cancellationToken);
            throw new DomainException(NoLessonOpen);
        }

        var lesson = course.FindLesson(attempt.LessonId)
            ?? throw new DomainException("The lesson you were in is no longer in the course. /lessons lists the lessons there are.");
        attempt.SkipRemovedExercises(lesson);
        return (attempt, lesson);
    }

    public static async Task RequireStudentAsync(this ITutorBotDbContext db, long studentId, CancellationToken cancellationToken)
    {
        if (await db.FindStudentAsync(studentId, cancellationToken) is null)
        {
            throw new NotFoundException("Student", studentId);
        }
    }
}
