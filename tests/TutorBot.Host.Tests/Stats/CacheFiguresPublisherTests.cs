using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Conversations.GetContext;
using TutorBot.Application.Stats.PublishCacheFigures;
using TutorBot.Application.Students.RegisterStudent;
using TutorBot.Host.Stats;
using TutorBot.Host.Tests.Telegram.Units;
using TutorBot.Testing;

namespace TutorBot.Host.Tests.Stats;

/// <summary>
/// The bot's cache figures reach the database every 15 s and at stop, through the real pipeline and a real file.
/// The publisher's timer is set before <see cref="CacheFiguresPublisher.RunAlongsideAsync{T}"/> returns, so the fake
/// clock can be moved at once; each publish is then awaited through <see cref="PublishWatch"/>.
/// </summary>
public sealed class CacheFiguresPublisherTests
{
    private static readonly DateTime Start = new(2026, 11, 29, 14, 3, 12, DateTimeKind.Utc);
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    private TestDatabase _database = null!;
    private PipelineHost _host = null!;
    private FakeTimeProvider _time = null!;
    private PublishWatch _watch = null!;
    private ILogger _logger = null!;
    private CacheFiguresPublisher _publisher = null!;
    private TaskCompletionSource<int> _bot = null!;

    [SetUp]
    public async Task StartHost()
    {
        _database = TestDatabase.Create();
        _time = new FakeTimeProvider(new DateTimeOffset(Start));
        _watch = new PublishWatch();
        _logger = Substitute.For<ILogger>();
        _logger.IsEnabled(Arg.Any<LogLevel>()).Returns(true);
        var loggers = Substitute.For<ILoggerFactory>();
        loggers.CreateLogger(Arg.Any<string>()).Returns(_logger);
        _host = await PipelineHost.StartAsync(_database, configure: services => services
            .AddSingleton<TimeProvider>(_time)
            .AddSingleton(_watch)
            .AddScoped<IPipelineBehavior<PublishCacheFiguresCommand, Unit>, PublishWatch.Behaviour>());
        _publisher = new CacheFiguresPublisher(_host.Services.GetRequiredService<IServiceScopeFactory>(), _time, new Logger<CacheFiguresPublisher>(loggers));
        _bot = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);

        await _host.SendAsync(new RegisterStudentCommand(1));
    }

    [TearDown]
    public async Task StopHost()
    {
        await _host.DisposeAsync();
        _database.Dispose();
    }

    [Test]
    public async Task RunAlongside_AtEachTick_PublishesTheFiguresOfThatMoment()
    {
        await UseContextCacheAsync(lookups: 2);
        var run = _publisher.RunAlongsideAsync(_ => _bot.Task, CancellationToken.None);

        _time.Advance(Interval);
        Assert.That(await _watch.NextOutcomeAsync(), Is.True);
        var first = await ContextReadingAsync();
        await UseContextCacheAsync(lookups: 1);
        _time.Advance(Interval);
        Assert.That(await _watch.NextOutcomeAsync(), Is.True);
        var second = await ContextReadingAsync();

        _bot.SetResult(0);
        await run.Soon();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Is.EqualTo(new CacheFiguresDto("context", 1, 1, 0, 1, 500, Start + Interval)));
            Assert.That(second, Is.EqualTo(new CacheFiguresDto("context", 2, 1, 0, 1, 500, Start + (2 * Interval))));
        }
    }

    [Test]
    public async Task RunAlongside_BeforeTheFirstTick_PublishesOnlyWhenTheBotStops()
    {
        await UseContextCacheAsync(lookups: 2);
        var run = _publisher.RunAlongsideAsync(_ => _bot.Task, CancellationToken.None);
        _time.Advance(Interval - TimeSpan.FromMilliseconds(1));

        _bot.SetResult(3);
        var exitCode = await run.Soon();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exitCode, Is.EqualTo(3), "the bot's own result");
            Assert.That(await _watch.NextOutcomeAsync(), Is.True);
            Assert.That(_watch.OutcomesWaiting, Is.Zero, "one publish only");
            Assert.That(await ContextReadingAsync(), Is.EqualTo(new CacheFiguresDto("context", 1, 1, 0, 1, 500, Start + Interval - TimeSpan.FromMilliseconds(1))));
        }
    }

    [Test]
    public async Task RunAlongside_WhenTheBotIsCancelled_StillPublishesAtStop()
    {
        await UseContextCacheAsync(lookups: 1);
        using var stop = new CancellationTokenSource();
        var run = _publisher.RunAlongsideAsync(ct => Task.Delay(Timeout.InfiniteTimeSpan, ct).ContinueWith(_ => 0, TaskScheduler.Default), stop.Token);

        await stop.CancelAsync();
        await run.Soon();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await _watch.NextOutcomeAsync(), Is.True);
            Assert.That(await ContextReadingAsync(), Is.EqualTo(new CacheFiguresDto("context", 0, 1, 0, 1, 500, Start)));
        }
    }

    [Test]
    public async Task RunAlongside_WhenTheBotFails_PublishesAtStop_AndLetsTheFailureThrough()
    {
        await UseContextCacheAsync(lookups: 1);
        var run = _publisher.RunAlongsideAsync<int>(_ => throw new InvalidOperationException("the transport broke"), CancellationToken.None);

        Assert.That(() => run.Soon(), Throws.InvalidOperationException.With.Message.EqualTo("the transport broke"));
        Assert.That(await _watch.NextOutcomeAsync(), Is.True);
        Assert.That(await ContextReadingAsync(), Is.EqualTo(new CacheFiguresDto("context", 0, 1, 0, 1, 500, Start)));
    }

    [Test]
    public async Task RunAlongside_WhenAPublishFails_LogsAWarning_AndPublishesAtTheNextTick()
    {
        await UseContextCacheAsync(lookups: 1);
        var run = _publisher.RunAlongsideAsync(_ => _bot.Task, CancellationToken.None);
        _watch.FailNext();

        _time.Advance(Interval);
        Assert.That(await _watch.NextOutcomeAsync(), Is.False);
        _time.Advance(Interval);
        Assert.That(await _watch.NextOutcomeAsync(), Is.True);
        var published = await ContextReadingAsync();

        _bot.SetResult(0);
        await run.Soon();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(published, Is.EqualTo(new CacheFiguresDto("context", 0, 1, 0, 1, 500, Start + (2 * Interval))));
            _logger.Received(1).Log(
                LogLevel.Warning, Arg.Any<EventId>(), Arg.Any<Arg.AnyType>(), Arg.Any<InjectedPublishFailureException>(), Arg.Any<Func<Arg.AnyType, Exception?, string>>());
        }
    }

    [Test]
    public async Task RunAlongside_WhenThePublishAtStopFails_LogsAWarning_AndReturnsTheBotsResult()
    {
        await UseContextCacheAsync(lookups: 1);
        var run = _publisher.RunAlongsideAsync(_ => _bot.Task, CancellationToken.None);
        _watch.FailNext();

        _bot.SetResult(0);
        var exitCode = await run.Soon();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exitCode, Is.Zero);
            Assert.That(await _watch.NextOutcomeAsync(), Is.False);
            Assert.That(await ContextReadingAsync(), Is.Null, "the failed publish was rolled back");
            _logger.Received(1).Log(
                LogLevel.Warning, Arg.Any<EventId>(), Arg.Any<Arg.AnyType>(), Arg.Any<InjectedPublishFailureException>(), Arg.Any<Func<Arg.AnyType, Exception?, string>>());
        }
    }

    /// <summary>The first lookup of student 1's context is a miss that fills the cache; every later one is a hit.</summary>
    private async Task UseContextCacheAsync(int lookups)
    {
        for (var i = 0; i < lookups; i++)
        {
            await _host.SendAsync(new GetContextQuery(1));
        }
    }

    private Task<CacheFiguresDto?> ContextReadingAsync() =>
        _host.InScopeAsync(sp => sp.GetRequiredService<ITutorBotDbContext>().CacheReadings.AsNoTracking()
            .Where(r => r.Name == "context")
            .Select(r => new CacheFiguresDto(r.Name, r.Hits, r.Misses, r.Evictions, r.Size, r.Capacity, r.ReadAtUtc))
            .SingleOrDefaultAsync());
}
