using BitFaster.Caching.Lru;
using Microsoft.Extensions.Options;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Common.Options;
using TutorBot.Application.Conversations;
using TutorBot.Application.Conversations.GetContext;

namespace TutorBot.Infrastructure.Caching;

/// <summary>
/// <see cref="GetContextQuery"/> results by (student, limit), bounded by <c>Cache:MaxEntries</c> and <c>Cache:Ttl</c>.
/// </summary>
/// <remarks>
/// Invalidation bumps a version instead of finding the student's entries (one per limit asked for): every entry carries
/// the version it was read under, and one whose version is no longer current is a miss and is dropped when looked up
/// (or pushed out by newer entries). Versions live in a fixed array of stripes, so they take no memory per student;
/// two students sharing a stripe only cost each other an extra miss after a write.
/// </remarks>
internal sealed class ContextCache : IContextCache, IReportedCache
{
    public const string Name = "context";

    private const int StripeBits = 12;

    private readonly ConcurrentTLru<Key, Entry> _entries;
    private readonly long[] _versions = new long[1 << StripeBits];

    // Lookups the underlying cache counted as hits but that found an invalidated entry.
    private long _staleHits;

    public ContextCache(IOptions<CacheOptions> options)
        : this(options.Value.MaxEntries, options.Value.Ttl)
    {
    }

    internal ContextCache(int capacity, TimeSpan timeToLive) => _entries = new(capacity, timeToLive);

    internal TimeSpan TimeToLive => _entries.Policy.ExpireAfterWrite.Value!.TimeToLive;

    public bool TryGet(long studentId, int? limit, out ConversationContextDto context)
    {
        var key = new Key(studentId, limit);
        if (_entries.TryGet(key, out var entry))
        {
            if (entry.Version == VersionOf(studentId))
            {
                context = entry.Context;
                return true;
            }

            Interlocked.Increment(ref _staleHits);

            // Only this entry: a current one stored meanwhile by another reader stays.
            _entries.TryRemove(new KeyValuePair<Key, Entry>(key, entry));
        }

        context = null!;
        return false;
    }

    public long VersionOf(long studentId) => Volatile.Read(ref Stripe(studentId));

    public void Store(long studentId, int? limit, ConversationContextDto context, long version)
    {
        // Checked here and again by TryGet: an invalidation landing between this check and the store is caught there.
        if (version == VersionOf(studentId))
        {
            _entries.AddOrUpdate(new Key(studentId, limit), new Entry(context, version));
        }
    }

    public void Invalidate(long studentId) => Interlocked.Increment(ref Stripe(studentId));

    public CacheFiguresDto Figures()
    {
        var metrics = _entries.Metrics.Value!;
        var stale = Interlocked.Read(ref _staleHits);
        return new CacheFiguresDto(Name, metrics.Hits - stale, metrics.Misses + stale, metrics.Evicted, _entries.Count, _entries.Capacity);
    }

    private ref long Stripe(long studentId) =>
        // Fibonacci hashing: Telegram ids are not spread evenly over their low bits.
        ref _versions[(int)((ulong)studentId * 0x9E3779B97F4A7C15UL >> (64 - StripeBits))];

    private readonly record struct Key(long StudentId, int? Limit);

    private sealed record Entry(ConversationContextDto Context, long Version);
}
