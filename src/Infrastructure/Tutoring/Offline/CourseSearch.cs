using BitFaster.Caching.Lru;
using Microsoft.Data.Sqlite;
using TutorBot.Application.Tutoring;
using TutorBot.Domain.Teaching;

namespace TutorBot.Infrastructure.Tutoring.Offline;

/// <summary>
/// The course in an SQLite FTS5 index, in a private in-memory database built once: one row per lesson explanation,
/// worked example and exercise (prompt and explanation), with the lesson's title as a column of its own that weighs more.
/// The porter stemmer makes "dividing fractions" find "divide … fraction"; bm25 ranks.
/// </summary>
/// <remarks>
/// The course never changes while the index lives, so the same search always finds the same passages: results are
/// kept by search expression (the words that matter, not the question's wording) in a small LRU, which spares
/// repeated questions the FTS5 query and the lock every search otherwise queues on.
/// </remarks>
internal sealed class CourseSearch : ICourseSearch, IDisposable
{
    /// <summary>A word in the lesson's title says more about a passage than the same word in its text.</summary>
    public const double TitleWeight = 4.0;

    public const double TextWeight = 1.0;

    /// <summary>Distinct searches remembered; a few hundred kilobytes at most, the passages' text being shared.</summary>
    public const int CachedSearches = 1024;

    private static readonly string Rank = FormattableString.Invariant($"bm25(passages, {TitleWeight}, {TextWeight})");

    private readonly Passage[] _passages;
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _search;

    // One connection, one prepared statement: a search takes tens of microseconds, far less than opening a connection
    // and building the index again would, and SQLite connections are not safe to share without a lock.
    private readonly Lock _lock = new();

    private readonly ConcurrentLru<(string Query, int Limit), IReadOnlyList<CoursePassage>>? _found;

    /// <param name="remember">False only to measure a search that is not remembered (the benchmarks).</param>
    public CourseSearch(Course course, bool remember = true)
    {
        ArgumentNullException.ThrowIfNull(course);
        _found = remember ? new(CachedSearches) : null;
        _passages = [.. Passages(course)];

        // A plain ":memory:" database belongs to this one connection: nobody else can see or change it.
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        Index(_connection, _passages);

        _search = _connection.CreateCommand();
        _search.CommandText = $"SELECT rowid, {Rank} FROM passages WHERE passages MATCH $query ORDER BY {Rank} LIMIT $limit";
        _search.Parameters.Add("$query", SqliteType.Text);
        _search.Parameters.Add("$limit", SqliteType.Integer);
        _search.Prepare();
    }

    public IReadOnlyList<CoursePassage> Search(string text, int limit)
    {
        if (limit <= 0 || SearchQuery.ToFts(text) is not { } query)
        {
            return [];
        }

        // Shared between callers: read-only, so that no caller can change what another is given.
        return _found is null ? Run(query, limit) : _found.GetOrAdd((query, limit), key => Run(key.Query, key.Limit).AsReadOnly());
    }

    /// <summary>How many searches were answered from the remembered results; for tests.</summary>
    internal long CachedHits => _found?.Metrics.Value!.Hits ?? 0;

    public void Dispose()
    {
        _search.Dispose();
        _connection.Dispose();
    }

    private List<CoursePassage> Run(string query, int limit)
    {
        var found = new List<CoursePassage>(Math.Min(limit, _passages.Length));
        lock (_lock)
        {
            _search.Parameters["$query"].Value = query;
            _search.Parameters["$limit"].Value = limit;
            using var reader = _search.ExecuteReader();
            while (reader.Read())
            {
                var passage = _passages[reader.GetInt64(0) - 1];

                // bm25 is negative, more negative for a better match.
                found.Add(passage.Found(-reader.GetDouble(1)));
            }
        }

        return found;
    }

    private static IEnumerable<Passage> Passages(Course course)
    {
        foreach (var lesson in course.Lessons)
        {
            yield return new Passage(lesson, PassageKind.Explanation, null, lesson.Explanation.Trim());
            yield return new Passage(lesson, PassageKind.Example, null, lesson.Example.Trim());
            foreach (var exercise in lesson.Exercises)
            {
                yield return new Passage(lesson, PassageKind.Exercise, exercise.Id, $"{exercise.Prompt.Trim()}\n{exercise.Explanation.Trim()}");
            }
        }
    }

    private static void Index(SqliteConnection connection, Passage[] passages)
    {
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE VIRTUAL TABLE passages USING fts5(title, text, tokenize = 'porter unicode61')";
            create.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO passages (rowid, title, text) VALUES ($rowid, $title, $text)";
        var rowid = insert.Parameters.Add("$rowid", SqliteType.Integer);
        var title = insert.Parameters.Add("$title", SqliteType.Text);
        var text = insert.Parameters.Add("$text", SqliteType.Text);
        for (var i = 0; i < passages.Length; i++)
        {
            // rowid - 1 is the passage's index in the array: no lookup table in SQL.
            rowid.Value = i + 1;
            title.Value = passages[i].Lesson.Title;
            text.Value = passages[i].Text;
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private sealed record Passage(Lesson Lesson, PassageKind Kind, string? ExerciseId, string Text)
    {
        public CoursePassage Found(double score) => new(Lesson.Id, Kind, ExerciseId, Text, score);
    }
}
