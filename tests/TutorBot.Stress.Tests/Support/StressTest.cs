using System.Globalization;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Application.Students.RegisterStudent;
using TutorBot.FakeOpenAI;
using TutorBot.Host;
using TutorBot.Host.Bot;
using TutorBot.Testing;

namespace TutorBot.Stress.Tests.Support;

/// <summary>
/// Each test gets a fresh SQLite file and the real wiring on top of it: Application, Infrastructure and the bot's
/// router (<see cref="DependencyInjection.AddBot"/>), one DI scope per request or message.
/// </summary>
public abstract class StressTest
{
    /// <summary>The name the <c>GetContext</c> cache reports its figures under.</summary>
    protected const string ContextCacheName = "context";

    /// <summary>The name the model response cache reports its figures under.</summary>
    protected const string ResponseCacheName = "model-responses";

    private readonly List<PipelineHost> _hosts = [];
    private readonly List<TestDatabase> _extraDatabases = [];

    protected TestDatabase Database { get; private set; } = null!;

    protected PipelineHost Host => _hosts.Count > 0 ? _hosts[0] : throw new InvalidOperationException("Call StartAsync first.");

    protected BotRouter Router => Host.Services.GetRequiredService<BotRouter>();

    [SetUp]
    public void CreateDatabase() => Database = TestDatabase.Create();

    [TearDown]
    public async Task DisposeDatabaseAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        _hosts.Clear();
        Database.Dispose();
        _extraDatabases.ForEach(d => d.Dispose());
        _extraDatabases.Clear();
    }

    /// <summary>Another database file, deleted after the hosts on it are stopped.</summary>
    protected TestDatabase CreateExtraDatabase()
    {
        var database = TestDatabase.Create();
        _extraDatabases.Add(database);
        return database;
    }

    /// <param name="settings">"Key=value" pairs, e.g. "Limits:MaxMessagesPerStudent=1000".</param>
    protected Task<PipelineHost> StartAsync(params string[] settings) => StartAsync(Database, null, settings);

    protected async Task<PipelineHost> StartAsync(TestDatabase database, Action<IServiceCollection>? configure, params string[] settings)
    {
        var host = await PipelineHost.StartAsync(database, Settings(settings), services =>
        {
            services.AddBot();
            configure?.Invoke(services);
        });
        _hosts.Add(host);
        return host;
    }

    protected Task<T> SendAsync<T>(IRequest<T> request) => Host.SendAsync(request);

    /// <summary>A message through the router, as Telegram or local chat hands it over.</summary>
    protected Task<IReadOnlyList<BotReply>> SayAsync(long studentId, string text) =>
        Router.HandleAsync(new IncomingMessage(studentId, null, text), CancellationToken.None);

    protected async Task RegisterAsync(IEnumerable<long> studentIds)
    {
        foreach (var id in studentIds)
        {
            await SendAsync(new RegisterStudentCommand(id));
        }
    }

    protected Task<AddMessageResult> AddChatAsync(long studentId, long number) =>
        SendAsync(AddMessageCommand.FromStudent(studentId, ChatText(studentId, number)));

    /// <summary>The live figures of one of this process's caches (<c>context</c>, <c>model-responses</c>).</summary>
    protected CacheFiguresDto CacheFigures(string name, PipelineHost? host = null) =>
        (host ?? Host).Services.GetRequiredService<ICacheFigures>().Snapshot().Single(c => c.Name == name);

    /// <summary>Free-form text long enough for the minimum length, unique per student and number.</summary>
    protected static string ChatText(long studentId, long number) => $"Student {studentId} writes message number {number}.";

    protected static long[] Students(int count, long first = 1) => [.. Enumerable.Range(0, count).Select(i => first + i)];

    /// <summary>The OpenAI-compatible tutor model, on the fake server, behind the DI-built response cache.</summary>
    protected static string[] ModelSettings(FakeModelServer model) =>
        ["Ai:Provider=OpenAI", $"Ai:Endpoint={model.Endpoint}", "Ai:Model=fake-tutor", "Ai:Timeout=00:00:20"];

    protected static string Setting(string key, int value) => $"{key}={value.ToString(CultureInfo.InvariantCulture)}";

    private static Dictionary<string, string?> Settings(string[] settings) =>
        settings.Select(s => s.Split('=', 2)).ToDictionary(p => p[0], p => (string?)p[1]);
}
