using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Conversations.GetContext;
using TutorBot.Application.Stats.GetStats;
using TutorBot.Application.Stats.PublishCacheFigures;
using TutorBot.Application.Tests.Functional.Support;
using TutorBot.Domain.Diagnostics;
using TutorBot.Testing;

namespace TutorBot.Application.Tests.Functional.Stats;

/// <summary>
/// Whose cache figures GetStats shows: the bot (<see cref="PipelineTest.Host"/>) uses and publishes its caches; an
/// admin command is a second process on the same database file, with caches of its own that nobody used.
/// </summary>
public sealed class GetStatsCacheFiguresTests : PipelineTest
{
    private static readonly DateTime Start = new(2026, 11, 29, 14, 3, 12, DateTimeKind.Utc);

    private FakeTimeProvider _clock = null!;

    [SetUp]
    public async Task StartTheBot()
    {
        _clock = new FakeTimeProvider(new DateTimeOffset(Start));
        await StartAsync(configure: services => services.AddSingleton<TimeProvider>(_clock));
        await RegisterAsync(1);
    }

    [Test]
    public async Task GetStats_WhenNothingWasEverPublished_ReturnsThisProcessesCachesAtZero()
    {
        await using var admin = await StartAdminAsync();

        var stats = await admin.SendAsync(new GetStatsQuery());

        Assert.That(stats.Caches, Is.EqualTo(new[]
        {
            new CacheFiguresDto("context", 0, 0, 0, 0, 500),
            new CacheFiguresDto("model-responses", 0, 0, 0, 0, 500),
        }));
    }

    [Test]
    public async Task GetStats_InAProcessThatUsedNoCache_ReturnsTheFiguresTheBotPublished()
    {
        await SendAsync(new GetContextQuery(1));
        await SendAsync(new GetContextQuery(1));
        await SendAsync(new PublishCacheFiguresCommand());
        await using var admin = await StartAdminAsync();

        var stats = await admin.SendAsync(new GetStatsQuery());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(stats.Caches, Is.EqualTo(new[]
            {
                new CacheFiguresDto("context", Hits: 1, Misses: 1, Evictions: 0, Size: 1, Capacity: 500, PublishedAtUtc: Start),
                new CacheFiguresDto("model-responses", 0, 0, 0, 0, 500, Start),
            }));
            Assert.That(stats.Caches.Select(c => c.PublishedAtUtc!.Value.Kind), Has.All.EqualTo(DateTimeKind.Utc));
        }
    }

    [Test]
    public async Task GetStats_InTheProcessThatUsedACache_ReturnsItsLiveFigures_NotThePublishedOnes()
    {
        await SendAsync(new GetContextQuery(1));
        await SendAsync(new PublishCacheFiguresCommand());
        await SendAsync(new GetContextQuery(1));

        var stats = await SendAsync(new GetStatsQuery());

        Assert.That(stats.Caches, Is.EqualTo(new[]
        {
            new CacheFiguresDto("context", Hits: 1, Misses: 1, Evictions: 0, Size: 1, Capacity: 500),
            new CacheFiguresDto("model-responses", 0, 0, 0, 0, 500),
        }));
    }

    [Test]
    public async Task GetStats_AsSoonAsTheAdminProcessUsesACache_ReturnsItsOwnLiveFigures()
    {
        await SendAsync(new GetContextQuery(1));
        await SendAsync(new PublishCacheFiguresCommand());
        await using var admin = await StartAdminAsync();

        await admin.SendAsync(new GetContextQuery(1));
        var stats = await admin.SendAsync(new GetStatsQuery());

        Assert.That(stats.Caches.Select(c => (c.Name, c.Misses, c.PublishedAtUtc)), Is.EqualTo(new (string, long, DateTime?)[]
        {
            ("context", 1, null),
            ("model-responses", 0, null),
        }));
    }

    [Test]
    public async Task GetStats_ListsThePublishedFiguresByName()
    {
        await Host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ITutorBotDbContext>();
            db.CacheReadings.Add(CacheReading.Take("zeta", 1, 0, 0, 1, 10, Start));
            db.CacheReadings.Add(CacheReading.Take("alpha", 2, 0, 0, 1, 10, Start));
            return await db.SaveChangesAsync(CancellationToken.None);
        });
        await using var admin = await StartAdminAsync();

        var stats = await admin.SendAsync(new GetStatsQuery());

        Assert.That(stats.Caches.Select(c => c.Name), Is.EqualTo(new[] { "alpha", "zeta" }));
    }

    /// <summary>A second process on the same file, as <c>tutorbot admin stats</c> is: caches of its own, unused.</summary>
    private Task<PipelineHost> StartAdminAsync() =>
        PipelineHost.StartAsync(Database, configure: services => services.AddSingleton<TimeProvider>(_clock));
}
