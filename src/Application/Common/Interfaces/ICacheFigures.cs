namespace TutorBot.Application.Common.Interfaces;

/// <summary>Every bounded cache of the process reports here, for <c>GetStats</c> and <c>tutorbot admin stats</c>.</summary>
public interface ICacheFigures
{
    IReadOnlyList<CacheFiguresDto> Snapshot();
}

/// <param name="Name">Stable, lower-case: <c>model-responses</c>, <c>context</c>.</param>
/// <param name="PublishedAtUtc">
/// When the running bot published these figures (<c>PublishCacheFigures</c>); null for the live figures of the process
/// asking.
/// </param>
public sealed record CacheFiguresDto(string Name, long Hits, long Misses, long Evictions, int Size, int Capacity, DateTime? PublishedAtUtc = null)
{
    /// <summary>Hits over lookups; null before the first lookup.</summary>
    public double? HitRate => Hits + Misses == 0 ? null : (double)Hits / (Hits + Misses);
}
