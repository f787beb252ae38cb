using MediatR;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Common.Messaging;
using TutorBot.Application.Lessons;
using TutorBot.Domain.Teaching;

namespace TutorBot.Application.Tutoring.GetTutorFocus;

/// <summary>
/// Where the student is in the course: their open lesson and its open exercise, exactly as <see cref="GetOpenExerciseQuery"/>
/// sees the exercise. The router decides from it whether free text is a question and hands it to
/// <see cref="AskTutor.AskTutorQuery"/>, so that asking ahead reads the open attempt once.
/// </summary>
public sealed record GetTutorFocusQuery(long StudentId) : IQuery<TutorFocus>;

internal sealed class GetTutorFocusQueryHandler(ITutorBotDbContext db, Course course) : IRequestHandler<GetTutorFocusQuery, TutorFocus>
{
    public async Task<TutorFocus> Handle(GetTutorFocusQuery request, CancellationToken cancellationToken) =>
        TutorFocus.Of(course, await db.FindOpenAttemptAsync(request.StudentId, tracked: false, cancellationToken));
}
