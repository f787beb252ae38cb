using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Application.Delivery.PurgeDelivered;
using TutorBot.FakeTelegram;
using TutorBot.Host;
using TutorBot.Host.Tests.Telegram.EndToEnd;
using TutorBot.Testing;

namespace TutorBot.Soak.Tests;

/// <summary>
/// The real bot under a realistic mixed workload for <see cref="SoakSettings.Duration"/>, sampled over time: memory,
/// database size and row counts must stay bounded, and every message must be answered. See docs/soak.md.
/// </summary>
/// <remarks>
/// Retention is seven days by default and one hour at the least, far beyond a soak run, and moving the bot's clock
/// would move its rate limits, paste joining and retries too. So the test plays the retention loop itself: before each
/// sample it sends the bot's own <see cref="PurgeDeliveredCommand"/>, through the bot's pipeline, with a cutoff of one
/// sample interval ago, as the loop would with a retention of that length. The loop's own run at start is checked on
/// rows seeded eight days old.
/// </remarks>
[Category("Stress")]
public sealed class SoakTests
{
    private const int Students = 300;
    private const int MaxMessagesPerStudent = 50;
    private const int Samples = 12;
    private const double MemoryGrowthAllowed = 1.5;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Test]
    public async Task MixedWorkload_OverTime_KeepsMemoryAndDatabaseBounded_AndAnswersEveryMessage()
    {
        var duration = SoakSettings.Duration;
        var interval = duration / Samples;
        var seed = Environment.TickCount;
        var workload = new Workload(seed, Students);
        await TestContext.Out.WriteLineAsync($"Soak: {duration} ({Samples} samples, one every {interval.TotalSeconds:0.0} s), {Students} students, seed {seed}");

        using var database = TestDatabase.Create();
        await SeedOldDeliveriesAsync(database);
        var rows = new SoakDatabase(database);
        await using var fake = await FakeBotApi.StartAsync(new FakeBotApiOptions { EnforceLimits = false, RecordCallBodies = false });
        var bot = await RunningBot.StartAsync(
            fake,
            database,
            "--Telegram:MessagesPerSecond=0",
            "--Telegram:MessagesPerSecondPerChat=0",
            "--Limits:MessagesPerMinute=100000",
            $"--Limits:MaxMessagesPerStudent={MaxMessagesPerStudent}");
        try
        {
            await WaitUntilAsync(() => rows.SeededMessages == 0, "the retention loop's purge at start");

            var samples = new List<MemorySample>();
            var offered = 0;
            var purgedUpdates = 0;
            var purgedMessages = 0;
            var clock = Stopwatch.StartNew();

            async Task SampleAsync(DateTime cutoffUtc)
            {
                rows.AccountForProcessedUpdates();
                var purged = await bot.Services.GetRequiredService<IServiceScopeFactory>().SendAsync(new PurgeDeliveredCommand(cutoffUtc), CancellationToken.None);
                purgedUpdates += purged.Updates;
                purgedMessages += purged.Messages;
                var heap = MemorySample.MeasureHeap();
                var sample = new MemorySample(
                    clock.Elapsed, offered, rows.Answered, fake.Sent.Count, heap, MemorySample.FakeRecords(fake), MemorySample.MeasureWorkingSet(),
                    rows.FileBytes, rows.Count("ConversationMessages"), rows.Count("InboxUpdates"), rows.Count("OutboxMessages"),
                    purgedUpdates, purgedMessages);
                samples.Add(sample);
                await TestContext.Out.WriteLineAsync(sample.Row());
            }

            await TestContext.Out.WriteLineAsync(MemorySample.Header);
            await TestContext.Out.WriteLineAsync(MemorySample.Rule);

            // The workload: bursts and quiet spells, arrivals counted every 50 ms, until the run's time is up.
            using var ticks = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
            var burst = true;
            var spellEnds = clock.Elapsed + workload.NextSpell(burst);
            var nextSample = interval;
            var lastTick = clock.Elapsed;
            while (clock.Elapsed < duration && await ticks.WaitForNextTickAsync())
            {
                var now = clock.Elapsed;
                var rate = burst ? Workload.Rates.On : Workload.Rates.Off;
                for (var n = workload.Arrivals(rate, (now - lastTick).TotalSeconds); n > 0; n--)
                {
                    var (chatId, text) = workload.Next();
                    fake.SendText(chatId, text, fromUserId: chatId);
                    offered++;
                }

                lastTick = now;
                if (now >= spellEnds)
                {
                    burst = !burst;
                    spellEnds = now + workload.NextSpell(burst);
                }

                if (now >= nextSample)
                {
                    await SampleAsync(DateTime.UtcNow - interval);
                    nextSample += interval;
                }
            }

            // Drained: every offered update handled and every reply delivered; then the retention period "passes".
            await WaitUntilAsync(
                () => fake.PendingUpdateCount == 0 && rows.PendingUpdates == 0 && rows.PendingMessages == 0
                    && rows.Count("InboxUpdates") + purgedUpdates - 1 >= offered,
                "every offered update handled and every reply sent");
            await SampleAsync(DateTime.UtcNow.AddSeconds(1));
            AssertBounded(samples, offered, rows, fake);
        }
        finally
        {
            await bot.DisposeAsync();
        }
    }

    private static void AssertBounded(List<MemorySample> samples, int offered, SoakDatabase rows, FakeBotApi fake)
    {
        var third = samples.Count / 3;
        var firstThird = samples.Take(third).Max(s => s.BotHeapBytes);
        var lastThird = samples.Skip(samples.Count - third).Max(s => s.BotHeapBytes);
        var final = samples[^1];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows.Unanswered, Is.Empty, "every update handled with a reply stored, or joined into another");
            Assert.That(rows.Answered, Is.EqualTo(offered), "every offered update accounted for");
            Assert.That(fake.Sent.Count, Is.EqualTo(rows.Replies), "every stored reply sent once: none lost, none doubled");
            Assert.That(rows.FailedMessages, Is.Zero, "no reply given up on");
            Assert.That(samples.Select(s => s.Messages), Has.All.LessThanOrEqualTo(Students * MaxMessagesPerStudent), "contexts are trimmed");
            Assert.That(final.Inbox, Is.EqualTo(1), "after the retention period only the last update is kept (polling resumes after it)");
            Assert.That(final.Outbox, Is.Zero, "after the retention period no delivered reply is kept");
            Assert.That(final.PurgedUpdates, Is.EqualTo(offered), "every update purged but the last, plus the seeded one");
            Assert.That(lastThird, Is.LessThanOrEqualTo((long)(firstThird * MemoryGrowthAllowed)),
                $"bot heap: last third's max {lastThird / 1048576.0:0.0} MB against the first third's {firstThird / 1048576.0:0.0} MB");
        }
    }

    /// <summary>A handled update and sent replies from eight days ago, as an earlier run would leave them; migrated first.</summary>
    private static async Task SeedOldDeliveriesAsync(TestDatabase database)
    {
        await using (await PipelineHost.StartAsync(database))
        {
        }

        new SoakDatabase(database).SeedOldDeliveries(TimeSpan.FromDays(8), replies: 20);
    }

    /// <summary>Polls the database, never sleeps blindly; the deadline only turns a hang into a failure.</summary>
    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            if (deadline.Elapsed > Patience)
            {
                Assert.Fail($"Not reached within {Patience}: {what}.");
            }

            await Task.Delay(100);
        }
    }
}
