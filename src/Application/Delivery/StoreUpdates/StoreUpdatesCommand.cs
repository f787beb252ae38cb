using MediatR;
using Microsoft.EntityFrameworkCore;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Common.Messaging;
using TutorBot.Domain.Delivery;

namespace TutorBot.Application.Delivery.StoreUpdates;

/// <summary>
/// Stores received updates in the inbox before they are acknowledged. Updates already in the inbox, and
/// repeats inside the batch, are skipped: the platform redelivers what it believes unacknowledged.
/// </summary>
public sealed record StoreUpdatesCommand(IReadOnlyList<ReceivedUpdate> Updates) : ICommand<StoreUpdatesResult>;

/// <param name="ChatId">The chat the update belongs to; null for updates without one.</param>
/// <param name="Payload">The update's raw JSON text, stored exactly.</param>
public sealed record ReceivedUpdate(long UpdateId, long? ChatId, string Payload);

/// <param name="Stored">The updates newly stored, in update id order: the ones to handle.</param>
public sealed record StoreUpdatesResult(IReadOnlyList<ReceivedUpdate> Stored);

internal sealed class StoreUpdatesCommandHandler(ITutorBotDbContext db, TimeProvider clock)
    : IRequestHandler<StoreUpdatesCommand, StoreUpdatesResult>
{
    // Runs for every received update: compiled, it skips EF Core's query cache (see StudentQueries).
    private static readonly Func<DbContext, long[], IAsyncEnumerable<long>> KnownIds =
        EF.CompileAsyncQuery((DbContext db, long[] ids) =>
            db.Set<InboxUpdate>().Where(u => ids.Contains(u.UpdateId)).Select(u => u.UpdateId));

    public async Task<StoreUpdatesResult> Handle(StoreUpdatesCommand request, CancellationToken cancellationToken)
    {
        var candidates = request.Updates.DistinctBy(u => u.UpdateId).OrderBy(u => u.UpdateId).ToList();
        var known = new HashSet<long>();
        await foreach (var id in KnownIds(db.Context, [.. candidates.Select(u => u.UpdateId)]).WithCancellation(cancellationToken))
        {
            known.Add(id);
        }

        var stored = candidates.Where(u => !known.Contains(u.UpdateId)).ToList();
        if (stored.Count > 0)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            db.Inbox.AddRange(stored.Select(u => InboxUpdate.Receive(u.UpdateId, u.ChatId, u.Payload, now)));
            await db.SaveChangesAsync(cancellationToken);
        }

        return new StoreUpdatesResult(stored);
    }
}
