using MediatR;
using TutorBot.Application.Common.Exceptions;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Common.Messaging;

namespace TutorBot.Application.Students.DeactivateStudent;

/// <summary>
/// Records that messages no longer reach a student (Telegram answered 403: they blocked the bot). Idempotent;
/// the student is active again as soon as they write.
/// </summary>
public sealed record DeactivateStudentCommand(long StudentId) : ICommand<Unit>;

internal sealed class DeactivateStudentCommandHandler(ITutorBotDbContext db, TimeProvider clock)
    : IRequestHandler<DeactivateStudentCommand, Unit>
{
    public async Task<Unit> Handle(DeactivateStudentCommand request, CancellationToken cancellationToken)
    {
        var student = await db.FindStudentAsync(request.StudentId, cancellationToken)
            ?? throw new NotFoundException("Student", request.StudentId);

        student.MarkInactive(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
