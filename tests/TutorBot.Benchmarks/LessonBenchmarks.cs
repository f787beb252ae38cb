using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Data.Sqlite;
using TutorBot.Application.Lessons;
using TutorBot.Application.Students.RegisterStudent;
using TutorBot.Testing;

namespace TutorBot.Benchmarks;

/// <summary>
/// SubmitAnswer through the full pipeline (scope, MediatR, validation, transaction, EF Core) on a database of
/// 10,000 students each in a lesson of 10 exercises (room for about 130,000 answers, more than a run makes), next to
/// a raw Microsoft.Data.Sqlite baseline writing what an answer writes (one answer row, the attempt's position) in
/// one transaction, in the same run.
/// </summary>
[Config(typeof(InProcessConfig))]
[MemoryDiagnoser]
[MedianColumn]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class LessonBenchmarks
{
    private const int Students = 10_000;

    private TestDatabase _database = null!;
    private PipelineHost _host = null!;
    private SqliteConnection _raw = null!;
    private SqliteCommand _rawInsert = null!;
    private SqliteCommand _rawUpdate = null!;
    private long _next;

    [GlobalSetup]
    public async Task SetUp()
    {
        _database = TestDatabase.Create();
        _host = await LessonDatabase.StartAsync(_database);
        for (long student = 1; student <= Students; student++)
        {
            await _host.SendAsync(new RegisterStudentCommand(student, $"Student {student}"));
            await _host.SendAsync(new StartLessonCommand(student, LessonDatabase.LongLesson));
        }

        _raw = RawSqlite.Open(_database.ConnectionString);

        _rawInsert = _raw.Prepare(
            "INSERT INTO LessonAnswers (ExerciseId, Correct, Tries, UsedHint, Earned, Possible, AnsweredAtUtc, AttemptId) VALUES ('x', 1, 1, 0, '10', 10, $t, $a)",
            "$t", "$a");
        _rawUpdate = _raw.Prepare("UPDATE LessonAttempts SET Position = Position WHERE Id = $a", "$a");
    }

    [GlobalCleanup]
    public async Task CleanUp()
    {
        using (var finished = _raw.CreateCommand())
        {
            // A finished lesson answers "every exercise is answered" at once: such calls would flatter the figures.
            finished.CommandText = "SELECT COUNT(*) FROM LessonAttempts WHERE Position >= 10";
            if ((long)finished.ExecuteScalar()! > 0)
            {
                throw new InvalidOperationException($"Lessons ran out of exercises during the run; raise {nameof(Students)}.");
            }
        }

        _rawInsert.Dispose();
        _rawUpdate.Dispose();
        _raw.Dispose();
        await _host.DisposeAsync();
        _database.Dispose();
    }

    [Benchmark(Baseline = true, Description = "raw answer write, one transaction")]
    [BenchmarkCategory("SubmitAnswer")]
    public void RawAnswer()
    {
        var attempt = Student(Interlocked.Increment(ref _next));
        using var transaction = _raw.BeginTransaction();
        _rawInsert.Transaction = transaction;
        _rawUpdate.Transaction = transaction;
        _rawInsert.Parameters["$t"].Value = DateTime.UtcNow;
        _rawInsert.Parameters["$a"].Value = attempt;
        _rawInsert.ExecuteNonQuery();
        _rawUpdate.Parameters["$a"].Value = attempt;
        _rawUpdate.ExecuteNonQuery();
        transaction.Commit();
    }

    /// <summary>One answer in three is wrong: both kinds of step are measured (a wrong pair ends an exercise too).</summary>
    [Benchmark(Description = "SubmitAnswer, full pipeline")]
    [BenchmarkCategory("SubmitAnswer")]
    public Task<AnswerResultDto> SubmitAnswer()
    {
        var n = Interlocked.Increment(ref _next);
        return _host.SendAsync(new SubmitAnswerCommand(Student(n), n % 3 == 0 ? "2" : "1"));
    }

    /// <summary>Spreads calls over all students, as real traffic does.</summary>
    private static long Student(long n) => (n % Students) + 1;

}
