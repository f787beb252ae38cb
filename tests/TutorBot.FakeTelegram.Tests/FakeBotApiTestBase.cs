using Telegram.Bot;

namespace TutorBot.FakeTelegram.Tests;

/// <summary>A fresh fake per test and the real Telegram.Bot client pointed at it, with its own 429 retries off.</summary>
public abstract class FakeBotApiTestBase
{
    /// <summary>Generous: only reached when something is broken, and it must not make a noisy machine fail.</summary>
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private HttpClient _http = null!;

    protected FakeBotApi Fake { get; private set; } = null!;

    protected TelegramBotClient Bot { get; private set; } = null!;

    /// <summary>Options for the fake of each test; override to change limits.</summary>
    protected virtual FakeBotApiOptions CreateOptions() => new();

    [SetUp]
    public async Task StartFakeAsync()
    {
        Fake = await FakeBotApi.StartAsync(CreateOptions());
        _http = new HttpClient();
        Bot = new TelegramBotClient(new TelegramBotClientOptions(Fake.Token, Fake.BaseUrl.ToString()) { RetryThreshold = 0 }, _http);
    }

    [TearDown]
    public async Task StopFakeAsync()
    {
        _http.Dispose();
        await Fake.DisposeAsync();
    }

    protected static CancellationToken Within(TimeSpan time) => new CancellationTokenSource(time).Token;
}
