using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TutorBot.Application.Delivery.CompleteUpdates;
using TutorBot.Application.Delivery.PurgeDelivered;
using TutorBot.Application.Delivery.StoreUpdates;
using TutorBot.Domain.Delivery;
using TutorBot.Host.Telegram;
using TutorBot.Host.Tests.Telegram.Units;
using TutorBot.Testing;

namespace TutorBot.Host.Tests.Telegram.Retention;

/// <summary>
/// The retention loop on a fake clock, through the real pipeline and a real file: a purge at start, then one every
/// hour. The clock is only ever moved by exactly one interval, after the loop's timer exists, so each purge sees the
/// time of its own tick.
/// </summary>
public sealed class DeliveryRetentionTests
{
    private static readonly DateTime Start = new(2026, 11, 29, 14, 3, 12, DateTimeKind.Utc);
    private static readonly TimeSpan Retention = TimeSpan.FromHours(1);

    private TestDatabase _database = null!;
    private PipelineHost _host = null!;
    private TimerWatchingTimeProvider _time = null!;
    private PurgeWatch _watch = null!;
    private RecordingLogger<DeliveryRetention> _logger = null!;
    private DeliveryRetention _retention = null!;
    private CancellationTokenSource _stop = null!;

    [SetUp]
    public async Task StartHost()
    {
        _database = TestDatabase.Create();
        _time = new TimerWatchingTimeProvider();
        _time.SetUtcNow(Start);
        _watch = new PurgeWatch();
        _logger = new RecordingLogger<DeliveryRetention>();
        _host = await PipelineHost.StartAsync(_database, configure: services => services
            .AddSingleton<TimeProvider>(_time)
            .AddSingleton(_watch)
            .AddScoped<IPipelineBehavior<PurgeDeliveredCommand, PurgeDeliveredResult>, PurgeWatch.Behaviour>());
        _retention = new DeliveryRetention(
            _host.Services.GetRequiredService<IServiceScopeFactory>(),
            Options.Create(new TelegramOptions { Retention = Retention }),
            _time,
            _logger);
        _stop = new CancellationTokenSource();
    }

    [TearDown]
    public async Task StopHost()
    {
        _stop.Dispose();
        await _host.DisposeAsync();
        _database.Dispose();
    }

    [Test]
    public async Task Run_AtStart_PurgesWhatIsOlderThanTheRetention_AndLogsTheCounts()
    {
        await HandleUpdatesAsync(1, 2, 3);
        _time.Advance(2 * Retention);

        var run = _retention.RunAsync(_stop.Token);
        var first = await _watch.NextOutcomeAsync();
        await _stop.CancelAsync();
        await run.Soon();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Is.EqualTo(new PurgeDeliveredResult(2, 1)), "updates 1 and 2 (3 is the last one) and the sent reply");
            Assert.That(InboxIds(), Is.EqualTo(new[] { 3L }));
            Assert.That(_logger.Messages(LogLevel.Information), Is.EqualTo(new[]
            {
                "Deleted 2 handled update(s) and 1 delivered message(s) older than 01:00:00",
            }));
        }
    }

    [Test]
    public async Task Run_EveryHour_PurgesAgain_AndLogsOnlyWhenItDeletedSomething()
    {
        await HandleUpdatesAsync(1, 2, 3);
        _time.Advance(TimeSpan.FromMinutes(30));
        var run = _retention.RunAsync(_stop.Token);
        await _time.NextTimerAsync();

        var atStart = await _watch.NextOutcomeAsync();
        _time.Advance(DeliveryRetention.Interval);
        var anHourLater = await _watch.NextOutcomeAsync();
        _time.Advance(DeliveryRetention.Interval);
        var twoHoursLater = await _watch.NextOutcomeAsync();
        await _stop.CancelAsync();
        await run.Soon();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(atStart, Is.EqualTo(new PurgeDeliveredResult(0, 0)), "handled 30 minutes ago");
            Assert.That(anHourLater, Is.EqualTo(new PurgeDeliveredResult(2, 1)), "handled 90 minutes ago");
            Assert.That(twoHoursLater, Is.EqualTo(new PurgeDeliveredResult(0, 0)));
            Assert.That(_watch.OutcomesWaiting, Is.Zero, "one purge per tick");
            Assert.That(_logger.Messages(LogLevel.Information), Has.Count.EqualTo(1));
        }
    }

    [Test]
    public async Task Run_WhenAPurgeFails_LogsAWarning_AndPurgesAtTheNextTick()
    {
        await HandleUpdatesAsync(1, 2);
        _time.Advance(2 * Retention);
        _watch.FailNext();
        var run = _retention.RunAsync(_stop.Token);
        await _time.NextTimerAsync();

        var failed = await _watch.NextOutcomeAsync();
        var inboxAfterFailure = InboxIds();
        _time.Advance(DeliveryRetention.Interval);
        var next = await _watch.NextOutcomeAsync();
        await _stop.CancelAsync();
        await run.Soon();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failed, Is.Null);
            Assert.That(inboxAfterFailure, Is.EqualTo(new[] { 1L, 2L }));
            Assert.That(next, Is.EqualTo(new PurgeDeliveredResult(1, 1)));
            Assert.That(run.IsCompletedSuccessfully, Is.True, "no exception escapes");
            Assert.That(_logger.Entries.Where(e => e.Level == LogLevel.Warning).Select(e => e.Exception), Has.Exactly(1).InstanceOf<InjectedPurgeFailureException>());
            Assert.That(_logger.Messages(LogLevel.Information), Is.EqualTo(new[]
            {
                "Deleted 1 handled update(s) and 1 delivered message(s) older than 01:00:00",
            }));
        }
    }

    [Test]
    public async Task Run_WhenCancelledBetweenTicks_ReturnsWithoutPurgingAgain()
    {
        var run = _retention.RunAsync(_stop.Token);
        await _time.NextTimerAsync();
        var atStart = await _watch.NextOutcomeAsync();

        await _stop.CancelAsync();
        await run.Soon();
        _time.Advance(DeliveryRetention.Interval);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(atStart, Is.EqualTo(new PurgeDeliveredResult(0, 0)));
            Assert.That(run.IsCompletedSuccessfully, Is.True);
            Assert.That(_watch.OutcomesWaiting, Is.Zero);
            Assert.That(_logger.Messages(LogLevel.Warning), Is.Empty);
        }
    }

    /// <summary>Stores the updates and handles each now, the first with one reply, which is then sent.</summary>
    private async Task HandleUpdatesAsync(params long[] updateIds)
    {
        await _host.SendAsync(new StoreUpdatesCommand([.. updateIds.Select(id => new ReceivedUpdate(id, 7, $$"""{"update_id":{{id}}}"""))]));
        var replies = await _host.SendAsync(new CompleteUpdatesCommand([updateIds[0]], UpdateOutcome.Handled, [new OutgoingMessage(7, "Hello")]));
        await _host.SendAsync(new Application.Delivery.MarkOutboxSent.MarkOutboxSentCommand(replies));
        foreach (var id in updateIds.Skip(1))
        {
            await _host.SendAsync(new CompleteUpdatesCommand([id], UpdateOutcome.Handled, []));
        }
    }

    private long[] InboxIds()
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """SELECT "UpdateId" FROM "InboxUpdates" ORDER BY "UpdateId" """;
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return [.. ids];
    }
}
