using System.Diagnostics.CodeAnalysis;
using BitFaster.Caching.Lru;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Common.Options;

namespace TutorBot.Infrastructure.Caching;

/// <summary>
/// The model responses kept by <see cref="ResponseCachingChatClient"/>: at most <c>Cache:MaxEntries</c>, least
/// recently used first out, each for <c>Cache:Ttl</c> after it was written. One per process (a singleton), shared by
/// every client that wraps a model with it.
/// </summary>
public sealed class ResponseCacheStore : IReportedCache
{
    public const string Name = "model-responses";

    private readonly ConcurrentTLru<string, ChatResponse> _responses;

    public ResponseCacheStore(IOptions<CacheOptions> options)
        : this(options.Value.MaxEntries, options.Value.Ttl)
    {
    }

    internal ResponseCacheStore(int capacity, TimeSpan timeToLive) => _responses = new(capacity, timeToLive);

    /// <summary>The time an entry lives, as the underlying cache applies it.</summary>
    internal TimeSpan TimeToLive => _responses.Policy.ExpireAfterWrite.Value!.TimeToLive;

    public bool TryGet(string key, [MaybeNullWhen(false)] out ChatResponse response) => _responses.TryGet(key, out response);

    public void Set(string key, ChatResponse response) => _responses.AddOrUpdate(key, response);

    public CacheFiguresDto Figures()
    {
        var metrics = _responses.Metrics.Value!;
        return new CacheFiguresDto(Name, metrics.Hits, metrics.Misses, metrics.Evicted, _responses.Count, _responses.Capacity);
    }
}
