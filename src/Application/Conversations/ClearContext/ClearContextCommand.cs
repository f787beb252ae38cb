using MediatR;
using Microsoft.EntityFrameworkCore;
using TutorBot.Application.Common.Exceptions;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Common.Messaging;
using TutorBot.Application.Students;

namespace TutorBot.Application.Conversations.ClearContext;

/// <summary>Forgets a student's stored conversation (/reset). Returns how many messages were removed.</summary>
public sealed record ClearContextCommand(long StudentId) : ICommand<int>;

internal sealed class ClearContextCommandHandler(
    ITutorBotDbContext db,
    IDatabaseTransactions transactions,
    IContextCache contextCache,
    TimeProvider clock)
    : IRequestHandler<ClearContextCommand, int>
{
    public async Task<int> Handle(ClearContextCommand request, CancellationToken cancellationToken)
    {
        var student = await db.FindStudentAsync(request.StudentId, cancellationToken)
            ?? throw new NotFoundException("Student", request.StudentId);

        var removed = await db.Messages.Where(m => m.StudentId == request.StudentId).ExecuteDeleteAsync(cancellationToken);
        student.MarkSeen(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        transactions.AfterCommit(() => contextCache.Invalidate(request.StudentId));
        return removed;
    }
}
