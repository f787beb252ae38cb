using System.Reflection;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TutorBot.FakeTelegram;
using TutorBot.Testing;

namespace TutorBot.Soak.Tests;

/// <summary>
/// The real bot (composition root, Telegram.Bot client, SQLite file) running in this process against the fake Bot API,
/// as <c>tutorbot run</c> runs it; disposing it is what Ctrl+C does. The host's composition root and transport are
/// internal, visible to TutorBot.Host.Tests only, so they are reached by name here: a rename fails the soak at once.
/// </summary>
internal sealed class InProcessBot : IAsyncDisposable
{
    private static readonly Assembly HostAssembly = typeof(Program).Assembly;

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
        var consoleType = HostAssembly.GetType("TutorBot.Host.Cli.CliConsole", throwOnError: true)!;
        var console = Activator.CreateInstance(consoleType, new StringReader(string.Empty), TextWriter.Null, TextWriter.Null, false);
        var buildHost = typeof(Program).GetMethod("BuildHost", BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw new MissingMethodException("Program", "BuildHost");
        var host = (IHost)buildHost.Invoke(null, [args, console])!;
        await host.StartAsync();

        var transportType = HostAssembly.GetType("TutorBot.Host.Telegram.TelegramTransport", throwOnError: true)!;
        var transport = host.Services.GetRequiredService(transportType);
        var runAsync = transportType.GetMethod("RunAsync") ?? throw new MissingMethodException(transportType.Name, "RunAsync");
        var stop = new CancellationTokenSource();
        return new InProcessBot(host, stop, Task.Run(() => (Task)runAsync.Invoke(transport, [stop.Token])!));
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
