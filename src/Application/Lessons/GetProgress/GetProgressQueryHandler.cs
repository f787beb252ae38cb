using MediatR;
using TutorBot.Application.Common.Exceptions;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Students;
using TutorBot.Domain.Teaching;

namespace TutorBot.Application.Lessons.GetProgress;

internal sealed class GetProgressQueryHandler(ITutorBotDbContext db, Course course) : IRequestHandler<GetProgressQuery, ProgressDto>
{
    public async Task<ProgressDto> Handle(GetProgressQuery request, CancellationToken cancellationToken)
    {
        var student = await db.FindStudentAsync(request.StudentId, cancellationToken) ?? throw new NotFoundException("Student", request.StudentId);
        var progress = new CourseProgress(course, await db.AttemptsOfAsync(request.StudentId, tracked: false, cancellationToken));
        var lessons = course.Lessons
            .Select(l => new LessonProgressDto(
                progress.Status(l),
                [.. progress.AttemptsAt(l).Select(a => new AttemptDto(
                    a.Number, a.StartedAtUtc, a.GradedAtUtc, a.Answered, a.ExerciseIds.Count, a.Percentage, a.Letter, a.Passed))]))
            .ToList();
        var bests = course.Lessons.Select(progress.Best).OfType<Domain.Progress.LessonAttempt>().Select(a => a.Percentage!.Value).ToList();
        var open = progress.Attempts.FirstOrDefault(a => a.IsOpen) is { } attempt && course.FindLesson(attempt.LessonId) is { } openLesson
            ? progress.Ref(openLesson)
            : null;
        return new ProgressDto(
            student.Id, student.DisplayName, lessons, course.Lessons.Count(progress.IsPassed), bests.Count == 0 ? null : bests.Average(), open);
    }
}
