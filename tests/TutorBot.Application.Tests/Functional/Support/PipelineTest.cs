using MediatR;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Application.Students.RegisterStudent;
using TutorBot.Testing;

namespace TutorBot.Application.Tests.Functional.Support;

/// <summary>
/// Each test gets a fresh SQLite file and the real pipeline on top of it (AddApplication + AddInfrastructure,
/// one DI scope per request), started with the settings and services that test needs.
/// </summary>
public abstract class PipelineTest
{
    private PipelineHost? _host;

    protected TestDatabase Database { get; private set; } = null!;

    protected PipelineHost Host => _host ?? throw new InvalidOperationException("Call StartAsync first.");

    [SetUp]
    public void CreateDatabase() => Database = TestDatabase.Create();

    [TearDown]
    public async Task DisposeDatabaseAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
            _host = null;
        }

        Database.Dispose();
    }

    protected async Task<PipelineHost> StartAsync(
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null)
    {
        _host = await PipelineHost.StartAsync(Database, settings, configure);
        return _host;
    }

    protected Task<T> SendAsync<T>(IRequest<T> request) => Host.SendAsync(request);

    protected async Task RegisterAsync(params long[] studentIds)
    {
        foreach (var id in studentIds)
        {
            await SendAsync(new RegisterStudentCommand(id));
        }
    }

    /// <summary>Writes <see cref="ChatText"/> messages number 1 to <paramref name="count"/>, one request each.</summary>
    protected async Task WriteChatAsync(long studentId, int count)
    {
        for (var n = 1; n <= count; n++)
        {
            await SendAsync(AddMessageCommand.FromStudent(studentId, ChatText(studentId, n)));
        }
    }

    /// <summary>A free-form text long enough for the minimum length, unique per student and position.</summary>
    protected static string ChatText(long studentId, long number) => $"Student {studentId} writes message number {number}";

    protected static Dictionary<string, string?> MaxMessagesPerStudent(int limit) =>
        new() { ["Limits:MaxMessagesPerStudent"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
