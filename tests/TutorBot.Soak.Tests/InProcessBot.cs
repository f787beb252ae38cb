using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TutorBot.FakeTelegram;
using TutorBot.Host.Cli;
using TutorBot.Host.Telegram;
using TutorBot.Testing;

namespace TutorBot.Soak.Tests;

/// <summary>
/// The real bot (composition root, Telegram.Bot client, SQLite file) running in this process against the fake Bot API,
/// as <c>tutorbot run</c> runs it; disposing it is what Ctrl+C does.
/// </summary>
internal sealed class InProcessBot : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly CancellationTokenSource _stop;
    private readonly Task _run;

    private InProcessBot(IHost host, CancellationTokenSource stop, Task run)
    {
        _host = host;
        _stop = stop;
        _run = run;
    }

    public static async Task<InProcessBot> StartAsync(FakeBotApi fake, TestDatabase database, params string[] settings)
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
        var console = new CliConsole(new StringReader(string.Empty), TextWriter.Null, TextWriter.Null, IsInteractive: false);
        var host = Program.BuildHost(args, console);
        await host.StartAsync();

        var transport = host.Services.GetRequiredService<TelegramTransport>();
        var stop = new CancellationTokenSource();
        return new InProcessBot(host, stop, Task.Run(() => transport.RunAsync(stop.Token)));
    }

    /// <summary>Sends a request through the bot's own pipeline, in a scope of its own, as the bot does.</summary>
    public async Task<T> SendAsync<T>(IRequest<T> request)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
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
