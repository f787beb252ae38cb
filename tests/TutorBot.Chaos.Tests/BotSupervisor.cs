using System.Diagnostics;
using Microsoft.Data.Sqlite;
using TutorBot.FakeTelegram;
using TutorBot.Testing;

namespace TutorBot.Chaos.Tests;

/// <summary>
/// Keeps one bot process running on the same database: kills it with SIGKILL at a random moment and starts the next one
/// straight away, as a supervisor (systemd, docker) restarts a crashed service.
/// </summary>
internal sealed class BotSupervisor(FakeBotApi fake, TestDatabase database, BotLog log) : IAsyncDisposable
{
    /// <summary>A kill lands up to this long after its moment was chosen.</summary>
    private static readonly TimeSpan MaxKillDelay = TimeSpan.FromMilliseconds(1500);

    /// <summary>Generous: a cold start on a busy 2-core machine takes seconds.</summary>
    private static readonly TimeSpan ProgressTimeout = TimeSpan.FromSeconds(90);

    private readonly List<KillRecord> _kills = [];
    private BotProcess? _bot;
    private int _sentAtStart;
    private long _markedAtStart;
    private long _startedAt;

    public IReadOnlyList<KillRecord> Kills => _kills;

    public int Runs => _bot?.Run ?? 0;

    public BotProcess Current => _bot ?? throw new InvalidOperationException("The bot has not been started.");

    public void Start()
    {
        _sentAtStart = fake.Sent.Count;
        _markedAtStart = MarkedSent();
        _startedAt = Stopwatch.GetTimestamp();
        _bot = BotProcess.Start(Runs + 1, Arguments(), database.Folder, log);
    }

    /// <summary>
    /// One time in five the kill comes during start-up (resuming the inbox and the outbox); otherwise once the run is
    /// under way: it has sent a reply and recorded one as sent, so each run makes progress. Either way a random delay
    /// then picks the moment.
    /// </summary>
    /// <param name="nothingLeft">True when every planned update has been answered: no progress is then to be waited for.</param>
    /// <param name="whileDown">Updates offered after the kill, before the next run starts: only the fake's queue holds them.</param>
    public async Task KillAtRandomMomentAsync(Random random, Offering offering, int whileDown, Func<bool> nothingLeft)
    {
        var bot = Current;
        var duringStartUp = random.Next(5) == 0;
        if (!duringStartUp && !nothingLeft())
        {
            await WaitForProgressAsync(bot);
        }

        await Task.Delay(TimeSpan.FromMilliseconds(random.Next((int)MaxKillDelay.TotalMilliseconds)));
        ThrowIfDied(bot);
        var sent = fake.Sent.Count;
        var offered = offering.Count;
        await bot.KillAsync();
        var killedAt = Stopwatch.GetTimestamp();
        var lived = Stopwatch.GetElapsedTime(_startedAt);
        await bot.DisposeAsync();
        var unrecorded = UnrecordedOutbox();
        offering.OfferNext(whileDown);
        _kills.Add(new KillRecord(_kills.Count + 1, bot.Run, duringStartUp, lived, sent - _sentAtStart, sent, offered, killedAt, unrecorded, Stopwatch.GetTimestamp()));
        Start();
    }

    /// <summary>Throws with the end of the bot's log when the process ended without being killed.</summary>
    public void ThrowIfDied(BotProcess bot)
    {
        if (bot.DiedOnItsOwn)
        {
            throw new InvalidOperationException($"Bot run {bot.Run} died on its own. Last lines of its log:{Environment.NewLine}{log.Tail()}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }

    private async Task WaitForProgressAsync(BotProcess bot)
    {
        var progress = fake.WaitForSentAsync(s => s.Count > _sentAtStart, ProgressTimeout);
        await Task.WhenAny(progress, bot.Exited);
        ThrowIfDied(bot);
        await progress;

        // The sender records deliveries in batches, a moment after them; polled, as the database has no signal.
        var waited = Stopwatch.StartNew();
        while (MarkedSent() == _markedAtStart)
        {
            ThrowIfDied(bot);
            if (waited.Elapsed > ProgressTimeout)
            {
                throw new TimeoutException($"Bot run {bot.Run} recorded no delivery within {ProgressTimeout}. Last lines of its log:{Environment.NewLine}{log.Tail()}");
            }

            await Task.Delay(50);
        }
    }

    private long MarkedSent()
    {
        try
        {
            return database.Scalar("SELECT COUNT(*) FROM OutboxMessages WHERE SentAtUtc IS NOT NULL");
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 1)
        {
            // No such table yet: no run got as far as migrating the new database.
            return 0;
        }
    }

    /// <summary>
    /// The outbox rows the dead run left neither sent nor given up: the next run sends each of them (again, if the dead
    /// run had delivered it without recording that).
    /// </summary>
    private HashSet<long> UnrecordedOutbox()
    {
        try
        {
            return new ChaosDatabase(database).UnrecordedOutbox();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 1)
        {
            return [];
        }
    }

    private string[] Arguments() =>
    [
        "run",
        $"--Telegram:BotToken={fake.Token}",
        $"--Telegram:ApiBaseUrl={fake.BaseUrl}",
        $"--ConnectionStrings:TutorBot={database.ConnectionString}",
        "--Telegram:MessagesPerSecond=0",
        "--Telegram:MessagesPerSecondPerChat=0",

        // The per-student reading limit (20 a minute) would, by design, leave a lesson student's quick answers unanswered.
        "--Limits:MessagesPerMinute=10000",
        "--Telegram:PollTimeout=00:00:05",
        "--Telegram:MaxRetryDelay=00:00:01",
    ];
}

/// <param name="Number">1 for the first kill.</param>
/// <param name="Run">The run it ended (1 for the first process).</param>
/// <param name="DuringStartUp">Chosen to land while the run may still be starting, not after its first reply.</param>
/// <param name="AfterStart">How long the run had lived.</param>
/// <param name="RunReplies">Messages the run sent.</param>
/// <param name="Replies">Messages sent so far, by every run.</param>
/// <param name="Offered">Updates offered so far.</param>
/// <param name="Timestamp">When it was killed (<see cref="Stopwatch.GetTimestamp"/>).</param>
/// <param name="Unrecorded">Outbox ids neither recorded as sent nor given up once the process was gone.</param>
/// <param name="NextRunAt">When the next run was started: every delivery before it came from a run already dead or killed.</param>
internal sealed record KillRecord(
    int Number, int Run, bool DuringStartUp, TimeSpan AfterStart, int RunReplies, int Replies, int Offered, long Timestamp,
    IReadOnlySet<long> Unrecorded, long NextRunAt);
