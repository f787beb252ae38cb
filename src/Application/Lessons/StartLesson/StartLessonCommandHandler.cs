using MediatR;
using TutorBot.Application.Common.Exceptions;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Domain.Common;
using TutorBot.Domain.Progress;
using TutorBot.Domain.Teaching;

namespace TutorBot.Application.Lessons.StartLesson;

internal sealed class StartLessonCommandHandler(ITutorBotDbContext db, Course course, TimeProvider clock)
    : IRequestHandler<StartLessonCommand, LessonStepDto>
{
    public async Task<LessonStepDto> Handle(StartLessonCommand request, CancellationToken cancellationToken)
    {
        await db.RequireStudentAsync(request.StudentId, cancellationToken);
        var lesson = course.LessonNumber(request.LessonNumber) ?? throw new NotFoundException("Lesson", request.LessonNumber);
        var attempts = await db.AttemptsOfAsync(request.StudentId, tracked: true, cancellationToken);
        var progress = new CourseProgress(course, attempts);
        if (progress.MissingPrerequisites(lesson) is { Count: > 0 } missing)
        {
            throw new DomainException(
                $"Lesson {request.LessonNumber} is locked: pass {string.Join(" and ", missing.Select(m => $"lesson {m.Number} ({m.Title})"))} first.");
        }

        var unfinished = attempts.FirstOrDefault(a => a.LessonId == lesson.Id && !a.IsGraded);
        if (attempts.FirstOrDefault(a => a.IsOpen) is { } open && open != unfinished)
        {
            // Saved first: the database allows one open lesson per student, at every moment.
            open.Leave();
            await db.SaveChangesAsync(cancellationToken);
        }

        var attempt = unfinished;
        if (attempt is null)
        {
            var number = attempts.Count(a => a.LessonId == lesson.Id) + 1;
            attempt = LessonAttempt.Start(request.StudentId, lesson, number, clock.GetUtcNow().UtcDateTime);
            db.Attempts.Add(attempt);
        }
        else
        {
            attempt.Reopen();
        }

        attempt.SkipRemovedExercises(lesson);
        await db.SaveChangesAsync(cancellationToken);
        return new LessonStepDto(
            progress.Ref(lesson), attempt.Number, Resumed: unfinished is not null, lesson.Explanation, lesson.Example,
            CourseProgress.OpenExercise(attempt, lesson));
    }
}
