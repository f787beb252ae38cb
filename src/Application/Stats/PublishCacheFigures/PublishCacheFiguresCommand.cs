using MediatR;
using Microsoft.EntityFrameworkCore;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Common.Messaging;
using TutorBot.Domain.Diagnostics;

namespace TutorBot.Application.Stats.PublishCacheFigures;

/// <summary>
/// Stores this process's cache figures, one row per cache, read now: the bot sends it while it runs, so that
/// <see cref="GetStats.GetStatsQuery"/> in another process (whose own caches are empty) shows the bot's. The rows then
/// hold exactly this process's caches: a row of a cache it does not have is removed.
/// </summary>
public sealed record PublishCacheFiguresCommand : ICommand<Unit>;

internal sealed class PublishCacheFiguresCommandHandler(ITutorBotDbContext db, ICacheFigures caches, TimeProvider clock)
    : IRequestHandler<PublishCacheFiguresCommand, Unit>
{
    public async Task<Unit> Handle(PublishCacheFiguresCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var figures = caches.Snapshot();

        // A handful of rows: all of them, tracked, so that each is updated, added or removed in one save.
        var stored = await db.CacheReadings.ToDictionaryAsync(r => r.Name, StringComparer.Ordinal, cancellationToken);
        foreach (var cache in figures)
        {
            if (stored.Remove(cache.Name, out var reading))
            {
                reading.Update(cache.Hits, cache.Misses, cache.Evictions, cache.Size, cache.Capacity, now);
            }
            else
            {
                db.CacheReadings.Add(CacheReading.Take(cache.Name, cache.Hits, cache.Misses, cache.Evictions, cache.Size, cache.Capacity, now));
            }
        }

        db.CacheReadings.RemoveRange(stored.Values);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
