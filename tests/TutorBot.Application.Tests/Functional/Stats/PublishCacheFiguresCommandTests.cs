using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Conversations.GetContext;
using TutorBot.Application.Stats.PublishCacheFigures;
using TutorBot.Application.Tests.Functional.Support;
using TutorBot.Domain.Diagnostics;

namespace TutorBot.Application.Tests.Functional.Stats;

/// <summary>The bot's cache figures, stored one row per cache so that another process can show them.</summary>
public sealed class PublishCacheFiguresCommandTests : PipelineTest
{
    private static readonly DateTime Start = new(2026, 11, 29, 14, 3, 12, DateTimeKind.Utc);

    private FakeTimeProvider _clock = null!;
    private FailureSwitch _failure = null!;

    [SetUp]
    public async Task StartWithClock()
    {
        _clock = new FakeTimeProvider(new DateTimeOffset(Start));
        _failure = new FailureSwitch();
        await StartAsync(
            new Dictionary<string, string?> { ["Cache:MaxEntries"] = "9" },
            services => services
                .AddSingleton<TimeProvider>(_clock)
                .AddSingleton(_failure)
                .AddScoped<IPipelineBehavior<PublishCacheFiguresCommand, MediatR.Unit>, FailAfterHandlerBehaviour<PublishCacheFiguresCommand, MediatR.Unit>>());
        await RegisterAsync(1);
    }

    [Test]
    public async Task Publish_StoresOneRowPerCache_WithItsFiguresAndTheTime()
    {
        await SendAsync(new GetContextQuery(1));
        await SendAsync(new GetContextQuery(1));

        await SendAsync(new PublishCacheFiguresCommand());

        Assert.That(await ReadingsAsync(), Is.EqualTo(new[]
        {
            new CacheFiguresDto("context", Hits: 1, Misses: 1, Evictions: 0, Size: 1, Capacity: 9, Start),
            new CacheFiguresDto("model-responses", 0, 0, 0, 0, 9, Start),
        }));
    }

    [Test]
    public async Task Publish_Again_UpdatesTheRows_InsteadOfAddingMore()
    {
        await SendAsync(new GetContextQuery(1));
        await SendAsync(new PublishCacheFiguresCommand());
        await SendAsync(new GetContextQuery(1));
        await SendAsync(new GetContextQuery(1));
        _clock.Advance(TimeSpan.FromSeconds(15));

        await SendAsync(new PublishCacheFiguresCommand());

        Assert.That(await ReadingsAsync(), Is.EqualTo(new[]
        {
            new CacheFiguresDto("context", Hits: 2, Misses: 1, Evictions: 0, Size: 1, Capacity: 9, Start.AddSeconds(15)),
            new CacheFiguresDto("model-responses", 0, 0, 0, 0, 9, Start.AddSeconds(15)),
        }));
    }

    [Test]
    public async Task Publish_RemovesTheRowOfACacheThisProcessDoesNotHave()
    {
        await Host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ITutorBotDbContext>();
            db.CacheReadings.Add(CacheReading.Take("retired", 5, 5, 0, 1, 10, Start.AddDays(-1)));
            return await db.SaveChangesAsync(CancellationToken.None);
        });

        await SendAsync(new PublishCacheFiguresCommand());

        Assert.That((await ReadingsAsync()).Select(r => r.Name), Is.EqualTo(new[] { "context", "model-responses" }));
    }

    [Test]
    public async Task Publish_WhenItFailsAfterWriting_LeavesThePreviousFigures()
    {
        await SendAsync(new PublishCacheFiguresCommand());
        await SendAsync(new GetContextQuery(1));
        _clock.Advance(TimeSpan.FromSeconds(15));
        _failure.Arm();

        Assert.ThrowsAsync<InjectedFailureException>(() => SendAsync(new PublishCacheFiguresCommand()));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_failure.Fired, Is.EqualTo(1));
            Assert.That(await ReadingsAsync(), Is.EqualTo(new[]
            {
                new CacheFiguresDto("context", 0, 0, 0, 0, 9, Start),
                new CacheFiguresDto("model-responses", 0, 0, 0, 0, 9, Start),
            }));
        }
    }

    /// <summary>The stored rows as read back through EF Core, by name.</summary>
    private Task<List<CacheFiguresDto>> ReadingsAsync() =>
        Host.InScopeAsync(sp => sp.GetRequiredService<ITutorBotDbContext>().CacheReadings.AsNoTracking()
            .OrderBy(r => r.Name)
            .Select(r => new CacheFiguresDto(r.Name, r.Hits, r.Misses, r.Evictions, r.Size, r.Capacity, r.ReadAtUtc))
            .ToListAsync());
}
