using System.Diagnostics;
using System.Globalization;
using TutorBot.FakeTelegram;
using TutorBot.Testing;

namespace TutorBot.Chaos.Tests;

/// <summary>
/// The real bot process under load, killed with SIGKILL at random moments and restarted on the same database each time,
/// while students go on writing (SPEC §5: no update lost or answered twice across crashes). See docs/chaos.md.
/// </summary>
[Category("Stress")]
public sealed class CrashChaosTests
{
    private const string SeedVariable = "CHAOS_SEED";

    /// <summary>At every scale: the number of students and messages scales, the kills do not.</summary>
    private const int Kills = 6;

    /// <summary>The students' updates are spread over this long, so the kills land while they keep coming.</summary>
    private static readonly TimeSpan OfferingTime = TimeSpan.FromSeconds(20);

    /// <summary>Generous, for a busy shared machine; a failure then says what is missing.</summary>
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromMinutes(4);

    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(20);

    [Test]
    public async Task KilledAtRandomMomentsUnderLoad_AnswersEveryUpdateOnce_AndLosesNoProgress()
    {
        var seed = ReadSeed();
        var random = new Random(seed);
        var plan = ChaosPlan.Create(askers: StressScale.Of(200, 10), questionsEach: 10, learners: StressScale.Of(40, 4), random);
        await TestContext.Out.WriteLineAsync($"Crash chaos: seed {seed}, {plan.Updates.Count} updates, {Kills} kills.");

        var report = await RunAsync(seed, plan, random);
        report.WriteTo(TestContext.Out);

        var audit = report.Audit;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Kills, Has.Count.EqualTo(Kills), "kills");
            Assert.That(report.AllAnswered, Is.True, $"every update answered and every reply sent within {DrainTimeout}");
            Assert.That(audit.Lost, Is.Empty, "updates lost, unhandled or answered more than once; replies never delivered");
            Assert.That(audit.Delivery.Unexpected, Is.Empty, "messages that are no stored reply");
            // A reply is "in flight" at a kill when it was delivered but not yet recorded as sent: the sender records deliveries
            // in batches, so there can be many (counted and reported; see docs/chaos.md). Each gets at most one duplicate.
            Assert.That(audit.Delivery.Unexplained, Is.Empty, "duplicates beyond one per reply in flight at a kill");
            Assert.That(audit.Conversations, Is.Empty, "each conversation exactly as the student wrote it, each question answered once");
            Assert.That(audit.Lessons, Is.Empty, "lesson progress: each answer recorded once, totals equal to the answers");
            Assert.That(audit.Leftovers, Is.Empty, "nothing left in the inbox or the outbox");
            Assert.That(report.ExitCode, Is.Zero, "the last run stops cleanly on SIGTERM");
        }
    }

    private static async Task<ChaosReport> RunAsync(int seed, ChaosPlan plan, Random random)
    {
        var wall = Stopwatch.StartNew();
        using var database = TestDatabase.Create();
        var log = new BotLog(Path.Combine(database.Folder, "bot.log"));
        try
        {
            await using var fake = await FakeBotApi.StartAsync(new FakeBotApiOptions { EnforceLimits = false, RecordCallBodies = false });
            await using var bots = new BotSupervisor(fake, database, log);
            var offering = new Offering(fake, plan.Updates);
            bots.Start();
            await KillRepeatedlyUnderLoadAsync(bots, offering, fake, plan, random);

            var allAnswered = await WaitUntilAllAnsweredAsync(bots, fake, new ChaosDatabase(database), plan);
            var exitCode = await bots.Current.StopAsync(StopGrace);
            var audit = ChaosAudit.Run(plan, offering, bots.Kills, fake, new ChaosDatabase(database));
            var offeredWhileDown = ChaosReport.CountOfferedWhileDown(bots.Kills, offering.Offered, fake.Calls);
            return new ChaosReport(seed, plan, bots.Kills, offeredWhileDown, bots.Runs, allAnswered, exitCode, audit, wall.Elapsed);
        }
        finally
        {
            log.Dispose();

            // The database folder goes with the test; the log stays beside the test assembly for a look afterwards.
            var kept = Path.Combine(TestContext.CurrentContext.WorkDirectory, "chaos-bot.log");
            File.Copy(log.Path, kept, overwrite: true);
            await TestContext.Out.WriteLineAsync($"The bot's log (every run): {kept}");
        }
    }

    private static async Task KillRepeatedlyUnderLoadAsync(BotSupervisor bots, Offering offering, FakeBotApi fake, ChaosPlan plan, Random random)
    {
        using var stop = new CancellationTokenSource();

        // Most updates come at a steady pace; the rest in bursts right after the kills, while no bot is there to read them.
        var whileDown = Math.Max(1, plan.Updates.Count * 3 / (10 * Kills));
        var offers = offering.RunAsync(plan.Updates.Count - (whileDown * Kills), OfferingTime, stop.Token);
        try
        {
            for (var i = 0; i < Kills; i++)
            {
                await bots.KillAtRandomMomentAsync(random, offering, whileDown, () => offering.IsComplete && fake.Sent.Count >= plan.Updates.Count);
            }
        }
        catch
        {
            await stop.CancelAsync();
            throw;
        }
        finally
        {
            // Observed either way; cancelled only when the kills failed.
            await offers.ContinueWith(_ => { }, TaskScheduler.Default);
        }

        await offers;
        offering.OfferNext(plan.Updates.Count);
    }

    /// <returns>False when time ran out first: the audit then says what is missing.</returns>
    private static async Task<bool> WaitUntilAllAnsweredAsync(BotSupervisor bots, FakeBotApi fake, ChaosDatabase database, ChaosPlan plan)
    {
        var deadline = Stopwatch.StartNew();
        var replies = fake.WaitForSentAsync(s => s.Count >= plan.Updates.Count, DrainTimeout);
        await Task.WhenAny(replies, bots.Current.Exited);
        bots.ThrowIfDied(bots.Current);
        if (!replies.IsCompletedSuccessfully)
        {
            await TestContext.Out.WriteLineAsync((await replies.ContinueWith(t => t.Exception?.InnerException?.Message, TaskScheduler.Default)) ?? "No reply wait result.");
            return false;
        }

        // The replies are out; the bot marks them sent (and the fake learns the last offset) a moment later.
        while (fake.PendingUpdateCount > 0 || database.PendingInbox > 0 || database.UnsentOutbox > 0)
        {
            if (deadline.Elapsed > DrainTimeout)
            {
                return false;
            }

            bots.ThrowIfDied(bots.Current);
            await Task.Delay(100);
        }

        return true;
    }

    private static int ReadSeed()
    {
        var text = Environment.GetEnvironmentVariable(SeedVariable);
        return string.IsNullOrWhiteSpace(text)
            ? Random.Shared.Next()
            : int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
    }
}
