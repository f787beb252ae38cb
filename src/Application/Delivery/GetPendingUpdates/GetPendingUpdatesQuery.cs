using MediatR;
using Microsoft.EntityFrameworkCore;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Common.Messaging;

namespace TutorBot.Application.Delivery.GetPendingUpdates;

/// <summary>Stored updates not yet processed, by update id: what to resume after a restart.</summary>
public sealed record GetPendingUpdatesQuery : IQuery<IReadOnlyList<PendingUpdate>>;

public sealed record PendingUpdate(long UpdateId, long? ChatId, string Payload, DateTime ReceivedAtUtc);

internal sealed class GetPendingUpdatesQueryHandler(ITutorBotDbContext db)
    : IRequestHandler<GetPendingUpdatesQuery, IReadOnlyList<PendingUpdate>>
{
    public async Task<IReadOnlyList<PendingUpdate>> Handle(GetPendingUpdatesQuery request, CancellationToken cancellationToken) =>
        await db.Inbox
            .AsNoTracking()
            .Where(u => u.ProcessedAtUtc == null)
            .OrderBy(u => u.UpdateId)
            .Select(u => new PendingUpdate(u.UpdateId, u.ChatId, u.Payload, u.ReceivedAtUtc))
            .ToListAsync(cancellationToken);
}
