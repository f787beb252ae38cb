using MediatR;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Domain.Teaching;

namespace TutorBot.Application.Lessons.ListLessons;

internal sealed class ListLessonsQueryHandler(ITutorBotDbContext db, Course course) : IRequestHandler<ListLessonsQuery, IReadOnlyList<LessonStatusDto>>
{
    public async Task<IReadOnlyList<LessonStatusDto>> Handle(ListLessonsQuery request, CancellationToken cancellationToken)
    {
        await db.RequireStudentAsync(request.StudentId, cancellationToken);
        var progress = new CourseProgress(course, await db.AttemptsOfAsync(request.StudentId, tracked: false, cancellationToken));
        return [.. course.Lessons.Select(progress.Status)];
    }
}
