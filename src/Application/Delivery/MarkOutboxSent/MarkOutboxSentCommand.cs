using MediatR;
using Microsoft.EntityFrameworkCore;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Common.Messaging;

namespace TutorBot.Application.Delivery.MarkOutboxSent;

/// <summary>
/// Records that messages were delivered. Ids already sent, failed or unknown are left alone and are no error:
/// after a crash a message may be sent, and marked, twice. Returns how many messages were newly marked.
/// </summary>
public sealed record MarkOutboxSentCommand(IReadOnlyList<long> Ids) : ICommand<int>;

internal sealed class MarkOutboxSentCommandHandler(ITutorBotDbContext db, TimeProvider clock)
    : IRequestHandler<MarkOutboxSentCommand, int>
{
    public Task<int> Handle(MarkOutboxSentCommand request, CancellationToken cancellationToken)
    {
        // The sender marks every delivered message: one UPDATE, instead of loading each message to change one
        // column, keeps this short on the single writer. The same rule as OutboxMessage.MarkSent: pending ones only.
        var now = clock.GetUtcNow().UtcDateTime;
        long[] ids = [.. request.Ids];
        return db.Outbox
            .Where(m => ids.Contains(m.Id) && m.SentAtUtc == null && m.FailedAtUtc == null)
            .ExecuteUpdateAsync(setters => setters.SetProperty(m => m.SentAtUtc, now), cancellationToken);
    }
}
