using Microsoft.EntityFrameworkCore;
using TutorBot.Application.Common.Exceptions;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Domain.Common;
using TutorBot.Domain.Delivery;

namespace TutorBot.Application.Delivery.CompleteUpdates;

/// <summary>Marks updates processed and adds their replies to the outbox: one read and one save for any number of them.</summary>
internal static class UpdateCompletion
{
    // Runs for every handled update (see StudentQueries). An update is often alone, and an equality is cheaper for
    // SQLite than a list parameter. Tracked: the updates are changed and saved.
    private static readonly Func<DbContext, long, CancellationToken, Task<InboxUpdate?>> ById =
        EF.CompileAsyncQuery((DbContext db, long id, CancellationToken _) => db.Set<InboxUpdate>().FirstOrDefault(u => u.UpdateId == id));

    private static readonly Func<DbContext, long[], IAsyncEnumerable<InboxUpdate>> ByIds =
        EF.CompileAsyncQuery((DbContext db, long[] ids) => db.Set<InboxUpdate>().Where(u => ids.Contains(u.UpdateId)));

    public static async Task<IReadOnlyList<IReadOnlyList<long>>> CompleteAsync(
        this ITutorBotDbContext db, IReadOnlyList<CompleteUpdatesCommand> items, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var found = await FindAsync(db, [.. items.SelectMany(i => i.UpdateIds)], cancellationToken);

        // Everything is checked before anything changes, so a refused command leaves no modified entity behind
        // in this scope, even if the caller goes on to commit its outer transaction.
        var updates = items
            .Select(i => i.UpdateIds.Select(id => found.GetValueOrDefault(id) ?? throw new NotFoundException("Update", id)).ToList())
            .ToList();
        if (updates.SelectMany(u => u).FirstOrDefault(u => u.IsProcessed) is { } processed)
        {
            throw new DomainException($"Update {processed.UpdateId} was already processed.");
        }

        var replies = items
            .Select(i => i.Replies.Select(r => OutboxMessage.Create(r.ChatId, i.UpdateIds[0], r.Text, r.Format, r.Buttons, nowUtc)).ToList())
            .ToList();

        for (var i = 0; i < items.Count; i++)
        {
            foreach (var update in updates[i])
            {
                update.MarkProcessed(items[i].Outcome, nowUtc);
            }

            db.Outbox.AddRange(replies[i]);
        }

        await db.SaveChangesAsync(cancellationToken);
        return [.. replies.Select(r => (IReadOnlyList<long>)[.. r.Select(m => m.Id)])];
    }

    private static async Task<Dictionary<long, InboxUpdate>> FindAsync(ITutorBotDbContext db, long[] ids, CancellationToken cancellationToken)
    {
        if (ids.Length == 1)
        {
            return await ById(db.Context, ids[0], cancellationToken) is { } update ? new() { [update.UpdateId] = update } : [];
        }

        var found = new Dictionary<long, InboxUpdate>(ids.Length);
        await foreach (var update in ByIds(db.Context, ids).WithCancellation(cancellationToken))
        {
            found.Add(update.UpdateId, update);
        }

        return found;
    }
}
