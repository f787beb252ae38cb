using MediatR;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Domain.Teaching;

namespace TutorBot.Application.Lessons.CancelLesson;

internal sealed class CancelLessonCommandHandler(ITutorBotDbContext db, Course course) : IRequestHandler<CancelLessonCommand, LessonRefDto>
{
    public async Task<LessonRefDto> Handle(CancelLessonCommand request, CancellationToken cancellationToken)
    {
        var (attempt, lesson) = await db.OpenLessonAsync(course, request.StudentId, cancellationToken);
        attempt.Leave();
        await db.SaveChangesAsync(cancellationToken);
        return CourseProgress.LessonRef(course, lesson);
    }
}
