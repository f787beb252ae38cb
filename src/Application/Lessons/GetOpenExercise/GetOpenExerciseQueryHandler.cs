using MediatR;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Domain.Teaching;

namespace TutorBot.Application.Lessons.GetOpenExercise;

internal sealed class GetOpenExerciseQueryHandler(ITutorBotDbContext db, Course course)
    : IRequestHandler<GetOpenExerciseQuery, ExerciseDto?>
{
    public async Task<ExerciseDto?> Handle(GetOpenExerciseQuery request, CancellationToken cancellationToken)
    {
        var attempt = await db.FindOpenAttemptAsync(request.StudentId, tracked: false, cancellationToken);
        if (attempt is null || course.FindLesson(attempt.LessonId) is not { } lesson)
        {
            return null;
        }

        attempt.SkipRemovedExercises(lesson);
        return CourseProgress.OpenExercise(attempt, lesson);
    }
}
