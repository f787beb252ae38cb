using System.Collections.Concurrent;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using TutorBot.Application.Common.Options;
using TutorBot.Infrastructure.Caching;

namespace TutorBot.Infrastructure.Tests.Caching;

public sealed class ResponseCacheStoreTests
{
    [Test]
    public void Store_AtItsBound_EvictsTheLeastRecentlyUsed()
    {
        var store = new ResponseCacheStore(3, TimeSpan.FromHours(1));
        foreach (var key in new[] { "a", "b", "c", "d" })
        {
            store.Set(key, Answer(key));
        }

        var figures = store.Figures();
        using (Assert.EnterMultipleScope())
        {
            Assert.That((figures.Size, figures.Capacity, figures.Evictions), Is.EqualTo((3, 3, 1L)));
            Assert.That(store.TryGet("a", out _), Is.False, "the oldest, never read, went first");
            Assert.That(store.TryGet("d", out var newest) ? newest.Text : null, Is.EqualTo("d"));
        }
    }

    [Test]
    public void Store_OnARepeatedKeyWorkload_HitsAtLeast95PercentOfLookups()
    {
        const int keys = 20;
        const int lookups = 10_000;
        var store = new ResponseCacheStore(Options.Create(new CacheOptions()));

        for (var i = 0; i < lookups; i++)
        {
            ReadThrough(store, $"question {i % keys}");
        }

        var figures = store.Figures();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(figures.Hits + figures.Misses, Is.EqualTo(lookups));
            Assert.That(figures.Misses, Is.EqualTo(keys), "one miss per key, the first time");
            Assert.That(figures.HitRate, Is.GreaterThanOrEqualTo(0.95));
        }
    }

    [Test]
    public async Task Store_Under20Threads_GivesEveryKeyItsOwnValue_AndCountsEveryLookup()
    {
        const int threads = 20;
        const int lookupsPerThread = 2_000;
        const int keys = 50;
        var store = new ResponseCacheStore(Options.Create(new CacheOptions()));
        var wrong = new ConcurrentBag<string>();
        using var start = new Barrier(threads);

        await Task.WhenAll(Enumerable.Range(0, threads).Select(t => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < lookupsPerThread; i++)
            {
                var key = $"question {(i * 7 + t) % keys}";
                var text = ReadThrough(store, key).Text;
                if (text != key)
                {
                    wrong.Add($"{key} → {text}");
                }
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)));

        var figures = store.Figures();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(wrong, Is.Empty);
            Assert.That(figures.Hits + figures.Misses, Is.EqualTo(threads * lookupsPerThread));

            // Threads racing on a first lookup may each miss; afterwards every lookup hits.
            Assert.That(figures.Misses, Is.InRange(keys, keys * threads));
            Assert.That(figures.Size, Is.EqualTo(keys));
            Assert.That(figures.Evictions, Is.Zero);
        }
    }

    [Test]
    public void Store_TakesItsBoundAndLifetimeFromTheCacheOptions()
    {
        var store = new ResponseCacheStore(Options.Create(new CacheOptions { MaxEntries = 7, Ttl = TimeSpan.FromMinutes(5) }));

        // BitFaster's ConcurrentTLru reads a monotonic clock it does not let tests replace: expiry itself is its
        // own (tested) behaviour, and waiting for it here would take a sleep. What is ours is passing the setting on.
        Assert.That((store.Figures().Capacity, store.TimeToLive), Is.EqualTo((7, TimeSpan.FromMinutes(5))));
    }

    /// <summary>What the caching client does: look up, and on a miss ask the "model" (here: echo the key) and store.</summary>
    private static ChatResponse ReadThrough(ResponseCacheStore store, string key)
    {
        if (store.TryGet(key, out var cached))
        {
            return cached;
        }

        var answer = Answer(key);
        store.Set(key, answer);
        return answer;
    }

    private static ChatResponse Answer(string text) => new(new ChatMessage(ChatRole.Assistant, text));
}
