using MediatR;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Common.Messaging;
using TutorBot.Domain.Students;

namespace TutorBot.Application.Students.RegisterStudent;

/// <summary>
/// Registers a student, or records that a known one was seen again. Idempotent. A null name keeps the
/// current one (or gives a new student a default name); any other name replaces it.
/// </summary>
public sealed record RegisterStudentCommand(long StudentId, string? DisplayName = null) : ICommand<RegisterStudentResult>;

public sealed record RegisterStudentResult(long StudentId, string DisplayName, bool IsNew);

internal sealed class RegisterStudentCommandHandler(ITutorBotDbContext db, TimeProvider clock)
    : IRequestHandler<RegisterStudentCommand, RegisterStudentResult>
{
    public async Task<RegisterStudentResult> Handle(RegisterStudentCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var student = await db.FindStudentAsync(request.StudentId, cancellationToken);
        var isNew = student is null;
        if (student is null)
        {
            student = Student.Register(request.StudentId, request.DisplayName, now);
            db.Students.Add(student);
        }
        else
        {
            if (request.DisplayName is not null)
            {
                student.Rename(request.DisplayName);
            }

            student.MarkSeen(now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new RegisterStudentResult(student.Id, student.DisplayName, isNew);
    }
}
