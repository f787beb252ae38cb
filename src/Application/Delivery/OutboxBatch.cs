using Microsoft.EntityFrameworkCore;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Domain.Delivery;

namespace TutorBot.Application.Delivery;

internal static class OutboxBatch
{
    // The sender marks messages after every delivery (see StudentQueries). Tracked: they are changed and saved.
    private static readonly Func<DbContext, long[], IAsyncEnumerable<OutboxMessage>> PendingByIds =
        EF.CompileAsyncQuery((DbContext db, long[] ids) => db.Set<OutboxMessage>()
            .Where(m => ids.Contains(m.Id) && m.SentAtUtc == null && m.FailedAtUtc == null));

    /// <summary>
    /// Applies a change to those of the messages still pending, saved with one SaveChanges; unknown, sent and
    /// failed ones are left alone, so that repeating a batch after a crash is harmless. Returns how many changed.
    /// </summary>
    public static async Task<int> ChangePendingAsync(
        this ITutorBotDbContext db, IReadOnlyList<long> ids, Action<OutboxMessage> change, CancellationToken cancellationToken)
    {
        var changed = 0;
        await foreach (var message in PendingByIds(db.Context, [.. ids]).WithCancellation(cancellationToken))
        {
            change(message);
            changed++;
        }

        if (changed > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return changed;
    }
}
