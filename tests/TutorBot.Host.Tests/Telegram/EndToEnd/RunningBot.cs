using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TutorBot.FakeTelegram;
using TutorBot.Host.Cli;
using TutorBot.Host.Telegram;
using TutorBot.Testing;

namespace TutorBot.Host.Tests.Telegram.EndToEnd;

/// <summary>
/// The real bot (composition root, Telegram.Bot client, SQLite file) running in this process against a fake
/// Bot API server, as <c>tutorbot run</c> runs it. Disposing it is what Ctrl+C does.
/// </summary>
internal sealed class RunningBot : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly CancellationTokenSource _stop;
    private readonly Task _run;

    private RunningBot(IHost host, CancellationTokenSource stop, Task run)
    {
        _host = host;
        _stop = stop;
        _run = run;
    }

    public IServiceProvider Services => _host.Services;

    public static async Task<RunningBot> StartAsync(FakeBotApi fake, TestDatabase database, params string[] settings)
    {
        string[] args =
        [
            $"--ConnectionStrings:TutorBot={database.ConnectionString}",
            $"--Telegram:BotToken={fake.Token}",
            $"--Telegram:ApiBaseUrl={fake.BaseUrl}",
            "--Telegram:PollTimeout=00:00:02",
            "--Telegram:MaxRetryDelay=00:00:01",
            .. settings,
        ];
        var console = new CliConsole(new StringReader(string.Empty), new StringWriter(), new StringWriter(), IsInteractive: false);
        var host = Program.BuildHost(args, console);
        await host.StartAsync();
        var stop = new CancellationTokenSource();
        var transport = host.Services.GetRequiredService<TelegramTransport>();
        return new RunningBot(host, stop, Task.Run(() => transport.RunAsync(stop.Token)));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _run;
        await _host.StopAsync();
        _host.Dispose();
        _stop.Dispose();
    }
}
