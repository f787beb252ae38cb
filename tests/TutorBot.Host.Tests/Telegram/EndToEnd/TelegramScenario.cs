using TutorBot.FakeTelegram;
using TutorBot.Testing;

namespace TutorBot.Host.Tests.Telegram.EndToEnd;

/// <summary>A fake Bot API, a database file and the real bot running against both; the bot can be restarted.</summary>
internal sealed class TelegramScenario : IAsyncDisposable
{
    /// <summary>Generous: the machine is shared and noisy, and a failure shows what was sent meanwhile.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly string[] _settings;

    private TelegramScenario(FakeBotApi fake, TestDatabase database, string[] settings)
    {
        Fake = fake;
        Database = database;
        _settings = settings;
    }

    public FakeBotApi Fake { get; }

    public TestDatabase Database { get; }

    public RunningBot? Bot { get; private set; }

    /// <summary>Telegram's limits off on both sides, unless a test is about them.</summary>
    public static Task<TelegramScenario> StartWithoutLimitsAsync(params string[] settings) =>
        StartAsync(
            new FakeBotApiOptions { EnforceLimits = false },
            ["--Telegram:MessagesPerSecond=0", "--Telegram:MessagesPerSecondPerChat=0", .. settings]);

    public static async Task<TelegramScenario> StartAsync(FakeBotApiOptions fakeOptions, string[] settings)
    {
        var fake = await FakeBotApi.StartAsync(fakeOptions);
        var scenario = new TelegramScenario(fake, TestDatabase.Create(), settings);
        await scenario.StartBotAsync();
        return scenario;
    }

    public async Task StartBotAsync() => Bot = await RunningBot.StartAsync(Fake, Database, _settings);

    /// <summary>Stops the bot as Ctrl+C does; what it had not finished stays in the database.</summary>
    public async Task StopBotAsync()
    {
        if (Bot is not null)
        {
            await Bot.DisposeAsync();
            Bot = null;
        }
    }

    public Task<IReadOnlyList<SentMessage>> WaitForSentAsync(int count) =>
        Fake.WaitForSentAsync(sent => sent.Count >= count, Patience);

    /// <summary>For effects that follow a reply (marks written in the background); polls, never sleeps blindly.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TelegramScenario.Patience);
        while (!condition())
        {
            await Task.Delay(50, timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopBotAsync();
        await Fake.DisposeAsync();
        Database.Dispose();
    }
}
