using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Data.Sqlite;
using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Application.Conversations.GetContext;
using TutorBot.Testing;

namespace TutorBot.Benchmarks;

/// <summary>
/// AddMessage and GetContext through the full pipeline (scope, MediatR, validation, transaction, EF Core) on a file
/// holding 1,000,000 messages of 10,000 students, each next to a raw Microsoft.Data.Sqlite baseline doing the bare
/// minimum on the same file in the same run.
/// </summary>
[Config(typeof(InProcessConfig))]
[MemoryDiagnoser]
[MedianColumn]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class ConversationBenchmarks
{
    private const int ContextSize = 50;

    private TestDatabase _database = null!;
    private PipelineHost _host = null!;
    private SqliteConnection _raw = null!;
    private SqliteCommand _rawInsert = null!;
    private SqliteCommand _rawSelect = null!;
    private long _next;

    [GlobalSetup]
    public async Task SetUp()
    {
        _database = await PrefilledDatabase.CopyAsync();

        // Each student already holds 100 messages, so at this limit every add also trims one: the steady state
        // of a busy bot, not the cheaper state of an empty one.
        _host = await PipelineHost.StartAsync(_database, new Dictionary<string, string?>
        {
            ["Limits:MaxMessagesPerStudent"] = PrefilledDatabase.MessagesPerStudent.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        _raw = RawSqlite.Open(_database.ConnectionString);

        _rawInsert = _raw.Prepare("INSERT INTO ConversationMessages (StudentId, Sequence, Role, Intent, Text, CreatedAtUtc) VALUES ($s, $q, 'user', 'chat', $text, $t)", "$s", "$q", "$text", "$t");
        _rawSelect = _raw.Prepare($"SELECT Id, Sequence, Role, Intent, Text, CreatedAtUtc FROM ConversationMessages WHERE StudentId = $s ORDER BY Sequence DESC LIMIT {ContextSize}", "$s");
    }

    [GlobalCleanup]
    public async Task CleanUp()
    {
        _rawInsert.Dispose();
        _rawSelect.Dispose();
        _raw.Dispose();
        await _host.DisposeAsync();
        _database.Dispose();
    }

    [Benchmark(Baseline = true, Description = "raw insert, one per transaction")]
    [BenchmarkCategory("AddMessage")]
    public void RawInsert()
    {
        var n = Interlocked.Increment(ref _next);
        using var transaction = _raw.BeginTransaction();
        _rawInsert.Transaction = transaction;
        _rawInsert.Parameters["$s"].Value = Student(n);

        // Far above any sequence the pipeline hands out, so the two never collide on the unique index.
        _rawInsert.Parameters["$q"].Value = 1_000_000_000 + n;
        _rawInsert.Parameters["$text"].Value = Sample.Text(n);
        _rawInsert.Parameters["$t"].Value = DateTime.UtcNow;
        _rawInsert.ExecuteNonQuery();
        transaction.Commit();
    }

    [Benchmark(Description = "AddMessage, full pipeline")]
    [BenchmarkCategory("AddMessage")]
    public Task<AddMessageResult> AddMessage()
    {
        var n = Interlocked.Increment(ref _next);
        return _host.SendAsync(AddMessageCommand.FromStudent(Student(n), Sample.Text(n)));
    }

    [Benchmark(Baseline = true, Description = "raw indexed select of 50 rows")]
    [BenchmarkCategory("GetContext")]
    public int RawSelect()
    {
        _rawSelect.Parameters["$s"].Value = Student(Interlocked.Increment(ref _next));
        using var reader = _rawSelect.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            _ = reader.GetInt64(0);
            _ = reader.GetInt64(1);
            _ = reader.GetString(2);
            _ = reader.IsDBNull(3) ? null : reader.GetString(3);
            _ = reader.GetString(4);
            _ = reader.GetDateTime(5);
            rows++;
        }

        return rows;
    }

    [Benchmark(Description = "GetContext (50), full pipeline")]
    [BenchmarkCategory("GetContext")]
    public Task<ConversationContextDto> GetContext() =>
        _host.SendAsync(new GetContextQuery(Student(Interlocked.Increment(ref _next)), ContextSize));

    /// <summary>Spreads calls over all students, as real traffic does, instead of hammering one hot row.</summary>
    private static long Student(long n) => (n * 7919 % PrefilledDatabase.Students) + 1;

}
