using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TutorBot.Host.Bot;
using TutorBot.Host.Cli;
using TutorBot.Testing;

namespace TutorBot.Host.Tests.Bot;

/// <summary>The router as the composition root wires it: real commands, real pipeline, a real database file.</summary>
internal sealed class RouterHost : IAsyncDisposable
{
    private readonly IHost _host;

    private RouterHost(TestDatabase database, IHost host)
    {
        Database = database;
        _host = host;
        Router = host.Services.GetRequiredService<BotRouter>();
    }

    public TestDatabase Database { get; }

    public BotRouter Router { get; }

    public IServiceProvider Services => _host.Services;

    public static async Task<RouterHost> StartAsync(params string[] settings)
    {
        var database = TestDatabase.Create();
        var console = new CliConsole(TextReader.Null, TextWriter.Null, TextWriter.Null, IsInteractive: false);
        var host = Program.BuildHost([$"--ConnectionStrings:TutorBot={database.ConnectionString}", "--Telegram:BotToken=", .. settings], console);
        await host.StartAsync();
        return new RouterHost(database, host);
    }

    public Task<IReadOnlyList<BotReply>> SendAsync(long studentId, string text, string? name = null) =>
        Router.HandleAsync(new IncomingMessage(studentId, name, text), CancellationToken.None);

    /// <summary>For the lesson flow, where every message gets exactly one reply.</summary>
    public async Task<BotReply> ReplyAsync(long studentId, string text) => (await SendAsync(studentId, text)).Single();

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        Database.Dispose();
    }
}
