using System.Collections.Concurrent;
using System.Diagnostics;
using TutorBot.FakeTelegram;
using TutorBot.Testing;

namespace TutorBot.Stress.Tests.Support;

/// <summary>
/// The built <c>tutorbot run</c> in a process of its own, polling a fake Bot API, on a database file of the test's:
/// the real bot, transport included, exactly as deployed. Telegram's send limits are off on both sides (these
/// scenarios are about concurrency and order, not pacing), and so is the per-student slow-down.
/// </summary>
public sealed class TelegramBotProcess : IAsyncDisposable
{
    /// <summary>A hang guard only, never a measure of speed: the machine is shared and noisy.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private const int KeptErrorLines = 40;

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _errorTail = new();

    private TelegramBotProcess(FakeBotApi fake, TestDatabase database, Process process)
    {
        Fake = fake;
        Database = database;
        _process = process;
    }

    public FakeBotApi Fake { get; }

    public TestDatabase Database { get; }

    /// <summary>The last lines the bot logged, for failure messages.</summary>
    public string ErrorTail => string.Join(Environment.NewLine, _errorTail);

    public static async Task<TelegramBotProcess> StartAsync(params string[] settings)
    {
        var fake = await FakeBotApi.StartAsync(new FakeBotApiOptions { EnforceLimits = false });
        var database = TestDatabase.Create();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = database.Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] args =
        [
            Path.Combine(AppContext.BaseDirectory, "tutorbot.dll"),
            "run",
            $"--ConnectionStrings:TutorBot={database.ConnectionString}",
            $"--Telegram:BotToken={fake.Token}",
            $"--Telegram:ApiBaseUrl={fake.BaseUrl}",
            "--Telegram:PollTimeout=00:00:02",
            "--Telegram:MaxRetryDelay=00:00:01",
            "--Telegram:MessagesPerSecond=0",
            "--Telegram:MessagesPerSecondPerChat=0",
            "--Limits:MessagesPerMinute=1000000",
            "--Logging:LogLevel:Default=Warning",
            .. settings,
        ];
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The machine's own settings must not leak into the child.
        start.Environment.Remove("Telegram__BotToken");
        start.Environment.Remove("ConnectionStrings__TutorBot");

        var process = Process.Start(start) ?? throw new InvalidOperationException("tutorbot did not start.");
        var bot = new TelegramBotProcess(fake, database, process);
        process.ErrorDataReceived += (_, e) => bot.KeepErrorLine(e.Data);
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return bot;
    }

    /// <summary>Waits until the fake has accepted at least <paramref name="count"/> messages from the bot.</summary>
    public async Task<IReadOnlyList<SentMessage>> WaitForSentAsync(int count)
    {
        try
        {
            return await Fake.WaitForSentAsync(sent => sent.Count >= count, Patience);
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}{Environment.NewLine}The bot logged:{Environment.NewLine}{ErrorTail}", e);
        }
    }

    /// <summary>For what follows a reply (the update marked processed): polls, never sleeps blindly.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!condition())
        {
            await Task.Delay(50, timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        await Fake.DisposeAsync();
        Database.Dispose();
    }

    private void KeepErrorLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        _errorTail.Enqueue(line);
        while (_errorTail.Count > KeptErrorLines && _errorTail.TryDequeue(out _))
        {
        }
    }
}
