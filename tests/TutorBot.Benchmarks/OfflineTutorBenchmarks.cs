using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Application.Tutoring;
using TutorBot.Infrastructure.Curriculum;
using TutorBot.Infrastructure.Tutoring.Offline;

namespace TutorBot.Benchmarks;

/// <summary>
/// The offline tutor over the shipped course: a whole answer (<c>GetResponseAsync</c>: search, excerpts, text), the
/// search alone, and what opening a connection per search would add on top (the alternative to one connection behind a
/// lock), each cycling through realistic questions. The bot's search remembers its results, so the answer and the search
/// are measured both for a question not seen before (a search that remembers nothing) and for a repeated one.
/// </summary>
[Config(typeof(InProcessConfig))]
[MemoryDiagnoser]
[MedianColumn]
public class OfflineTutorBenchmarks
{
    // Pooled, as Microsoft.Data.Sqlite pools by default: the cheapest a connection per search could be.
    private const string SharedMemory = "Data Source=offline-tutor-benchmark;Mode=Memory;Cache=Shared";

    private static readonly string[] Questions =
    [
        "how do I turn 3/4 into a percent?",
        "what does squared mean",
        "why is minus times minus plus",
        "how do I get x on its own",
        "which do I do first, times or plus?",
        "what is the weather like today",
    ];

    private ServiceProvider _services = null!;
    private ICourseSearch _search = null!;
    private IChatClient _tutor = null!;
    private CourseSearch _freshSearch = null!;
    private OfflineTutorChatClient _freshTutor = null!;
    private ChatMessage[][] _messages = null!;
    private SqliteConnection _sharedMemoryHolder = null!;
    private long _next;

    [GlobalSetup]
    public void SetUp()
    {
        _services = new ServiceCollection()
            .AddSingleton(CourseLoader.Load(ShippedCourseFolder()))
            .AddOfflineTutor()
            .BuildServiceProvider();
        _search = _services.GetRequiredService<ICourseSearch>();
        _tutor = _services.GetRequiredKeyedService<IChatClient>(TutorModels.Offline);
        _messages = [.. Questions.Select(q => new[] { new ChatMessage(ChatRole.User, q) })];
        var course = _services.GetRequiredService<Domain.Teaching.Course>();
        _freshSearch = new CourseSearch(course, remember: false);
        _freshTutor = new OfflineTutorChatClient(_freshSearch, course);

        // A named shared-cache in-memory database lives while one connection holds it open.
        _sharedMemoryHolder = new SqliteConnection(SharedMemory);
        _sharedMemoryHolder.Open();
    }

    [GlobalCleanup]
    public async Task CleanUp()
    {
        _sharedMemoryHolder.Dispose();
        _freshSearch.Dispose();
        await _services.DisposeAsync();
    }

    [Benchmark(Description = "offline tutor answer, new question (GetResponseAsync)")]
    public Task<ChatResponse> Answer() => _freshTutor.GetResponseAsync(NextMessages());

    [Benchmark(Description = "offline tutor answer, repeated question (search remembered)")]
    public Task<ChatResponse> AnswerRepeated() => _tutor.GetResponseAsync(NextMessages());

    [Benchmark(Description = "Search, limit 8, new question")]
    public IReadOnlyList<CoursePassage> Search() => _freshSearch.Search(NextQuestion(), 8);

    [Benchmark(Description = "Search, limit 8, repeated question (remembered)")]
    public IReadOnlyList<CoursePassage> SearchRepeated() => _search.Search(NextQuestion(), 8);

    [Benchmark(Description = "open + SELECT 1 + close (per-search connection overhead)")]
    public object? ConnectionPerCall()
    {
        using var connection = new SqliteConnection(_sharedMemoryHolder.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1";
        return command.ExecuteScalar();
    }

    private ChatMessage[] NextMessages() => _messages[Interlocked.Increment(ref _next) % Questions.Length];

    private string NextQuestion() => Questions[Interlocked.Increment(ref _next) % Questions.Length];

    private static string ShippedCourseFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "src", "Host", "Curriculum");
            if (File.Exists(Path.Combine(candidate, CourseLoader.CourseFileName)))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No src/Host/Curriculum above {AppContext.BaseDirectory}.");
    }
}
