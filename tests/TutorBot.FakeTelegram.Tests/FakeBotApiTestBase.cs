using Telegram.Bot;

namespace TutorBot.FakeTelegram.Tests;

/// <summary>A fresh fake per test and the real Telegram.Bot client pointed at it, with its own 429 retries off.</summary>
public abstract class FakeBotApiTestBase
{
    /// <summary>Generous: only reached when something is broken, and it must not make a noisy machine fail.</summary>
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    protected FakeBotApi Fake { get; private set; } = null!;

    protected TelegramBotClient Bot { get; private set; } = null!;

    /// <summary>The client's HttpClient, also for raw requests.</summary>
    protected HttpClient Http { get; private set; } = null!;

    /// <summary>Options for the fake of each test; override to change limits.</summary>
    protected virtual FakeBotApiOptions CreateOptions() => new();

    [SetUp]
    public async Task StartFakeAsync()
    {
        Fake = await FakeBotApi.StartAsync(CreateOptions());
        Http = new HttpClient();
        Bot = new TelegramBotClient(new TelegramBotClientOptions(Fake.Token, Fake.BaseUrl.ToString()) { RetryThreshold = 0 }, Http);
    }

    [TearDown]
    public async Task StopFakeAsync()
    {
        Http.Dispose();
        await Fake.DisposeAsync();
    }

    protected static CancellationToken Within(TimeSpan time) => new CancellationTokenSource(time).Token;
}
