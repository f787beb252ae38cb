using TutorBot.Application.Common.Interfaces;

namespace TutorBot.Infrastructure.Caching;

/// <summary>The figures of every registered cache, by name, read at the moment of asking.</summary>
internal sealed class CacheFigures(IEnumerable<IReportedCache> caches) : ICacheFigures
{
    private readonly IReportedCache[] _caches = [.. caches];

    public IReadOnlyList<CacheFiguresDto> Snapshot() =>
        [.. _caches.Select(c => c.Figures()).OrderBy(f => f.Name, StringComparer.Ordinal)];
}
