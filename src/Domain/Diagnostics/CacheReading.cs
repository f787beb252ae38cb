using TutorBot.Domain.Common;

namespace TutorBot.Domain.Diagnostics;

/// <summary>
/// The figures one bounded cache of the running bot last published. Caches live in the bot's process; this row is
/// how another process (<c>tutorbot admin stats</c>, whose own caches are empty) gets to see them.
/// </summary>
public sealed class CacheReading
{
    public const int MaxNameLength = 64;

    private CacheReading()
    {
        Name = string.Empty;
    }

    /// <summary>The cache's stable name (<c>context</c>, <c>model-responses</c>): one row per cache.</summary>
    public string Name { get; private set; }

    public long Hits { get; private set; }

    public long Misses { get; private set; }

    public long Evictions { get; private set; }

    public int Size { get; private set; }

    public int Capacity { get; private set; }

    /// <summary>When the figures were read from the cache.</summary>
    public DateTime ReadAtUtc { get; private set; }

    public static CacheReading Take(string name, long hits, long misses, long evictions, int size, int capacity, DateTime readAtUtc)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("A cache reading needs the cache's name.");
        }

        if (name.Length > MaxNameLength)
        {
            throw new DomainException($"A cache's name has at most {MaxNameLength} characters.");
        }

        var reading = new CacheReading { Name = name };
        reading.Update(hits, misses, evictions, size, capacity, readAtUtc);
        return reading;
    }

    /// <summary>Replaces the figures with newer ones; nothing changes when one of them is refused.</summary>
    public void Update(long hits, long misses, long evictions, int size, int capacity, DateTime readAtUtc)
    {
        if (hits < 0 || misses < 0 || evictions < 0 || size < 0 || capacity < 0)
        {
            throw new DomainException(
                $"Cache figures cannot be negative (cache {Name}: {hits} hits, {misses} misses, {evictions} evictions, size {size}, capacity {capacity}).");
        }

        ReadAtUtc = Time.RequireUtc(readAtUtc);
        Hits = hits;
        Misses = misses;
        Evictions = evictions;
        Size = size;
        Capacity = capacity;
    }
}
