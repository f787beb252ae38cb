using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using TutorBot.Application.Lessons;
using TutorBot.Application.Students.RegisterStudent;
using TutorBot.Testing;

namespace TutorBot.Benchmarks;

/// <summary>
/// GradeLesson through the full pipeline: each call grades a finished lesson (score, letter, the attempt closed,
/// best grade, unlocks, next lesson) in one transaction. A lesson is graded once, so every iteration first prepares
/// 200 students who answered the last exercise, then grades them all (operations per invoke: 200).
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
[MedianColumn]
[CategoriesColumn]
public class GradeLessonBenchmarks
{
    private const int GradesPerIteration = 200;

    private TestDatabase _database = null!;
    private PipelineHost _host = null!;
    private long _nextStudent;
    private List<long> _readyToGrade = [];

    [GlobalSetup]
    public async Task SetUp()
    {
        _database = TestDatabase.Create();
        _host = await LessonDatabase.StartAsync(_database);
    }

    [GlobalCleanup]
    public async Task CleanUp()
    {
        await _host.DisposeAsync();
        _database.Dispose();
    }

    [IterationSetup]
    public void PrepareFinishedLessons()
    {
        _readyToGrade = [];
        for (var i = 0; i < GradesPerIteration; i++)
        {
            var student = ++_nextStudent;
            _host.SendAsync(new RegisterStudentCommand(student, $"Student {student}")).GetAwaiter().GetResult();
            _host.SendAsync(new StartLessonCommand(student, LessonDatabase.ShortLesson)).GetAwaiter().GetResult();
            _host.SendAsync(new SubmitAnswerCommand(student, "3/4")).GetAwaiter().GetResult();
            _readyToGrade.Add(student);
        }
    }

    [Benchmark(Description = "GradeLesson, full pipeline", OperationsPerInvoke = GradesPerIteration)]
    [BenchmarkCategory("GradeLesson")]
    public async Task GradeLesson()
    {
        foreach (var student in _readyToGrade)
        {
            await _host.SendAsync(new GradeLessonCommand(student));
        }
    }

    // One invocation per iteration: the prepared lessons can be graded only once.
    private sealed class Config() : InProcessConfig(Job.Default.WithWarmupCount(3).WithIterationCount(15).WithInvocationCount(1).WithUnrollFactor(1));
}
