using System.Globalization;
using Microsoft.Data.Sqlite;
using TutorBot.Testing;

namespace TutorBot.Chaos.Tests;

/// <summary>The bot's database file read directly, bypassing the application: what a crash left behind is what counts.</summary>
internal sealed class ChaosDatabase(TestDatabase database)
{
    public const string AssistantLine = "assistant";

    public static string UserLine(string intent, string text) => $"{intent}: {text}";

    public long PendingInbox => database.Scalar("SELECT COUNT(*) FROM InboxUpdates WHERE ProcessedAtUtc IS NULL");

    public long UnsentOutbox => database.Scalar("SELECT COUNT(*) FROM OutboxMessages WHERE SentAtUtc IS NULL");

    public long FailedOutbox => database.Scalar("SELECT COUNT(*) FROM OutboxMessages WHERE FailedAtUtc IS NOT NULL");

    /// <summary>Students with more than one open lesson attempt (the database's own index should make this impossible).</summary>
    public long StudentsWithTwoOpenAttempts =>
        database.Scalar("SELECT COUNT(*) FROM (SELECT StudentId FROM LessonAttempts WHERE IsOpen = 1 GROUP BY StudentId HAVING COUNT(*) > 1)");

    /// <summary>A student's conversation, oldest first: "intent: text" for theirs, <see cref="AssistantLine"/> for the tutor's.</summary>
    public List<string> Conversation(long studentId) => Read(
        "SELECT Role, Intent, Text FROM ConversationMessages WHERE StudentId = $id ORDER BY Sequence",
        r => r.GetString(0) == AssistantLine ? AssistantLine : UserLine(r.IsDBNull(1) ? "(none)" : r.GetString(1), r.GetString(2)),
        studentId);

    /// <summary>Outbox ids neither recorded as sent nor given up: what the next run will send.</summary>
    public HashSet<long> UnrecordedOutbox() =>
        [.. Read("SELECT Id FROM OutboxMessages WHERE SentAtUtc IS NULL AND FailedAtUtc IS NULL", r => r.GetInt64(0))];

    public List<InboxRow> Inbox() => Read(
        "SELECT UpdateId, ChatId, ProcessedAtUtc IS NOT NULL FROM InboxUpdates ORDER BY UpdateId",
        r => new InboxRow(r.GetInt64(0), r.IsDBNull(1) ? null : r.GetInt64(1), r.GetBoolean(2)));

    public List<OutboxRow> Outbox() => Read(
        "SELECT Id, ChatId, UpdateId, Text FROM OutboxMessages ORDER BY Id",
        r => new OutboxRow(r.GetInt64(0), r.GetInt64(1), r.IsDBNull(2) ? null : r.GetInt64(2), r.GetString(3)));

    public List<AttemptRow> Attempts(long studentId) => Read(
        "SELECT Id, LessonId, Number, Position, IsOpen, GradedAtUtc IS NOT NULL, Answered, Earned, Possible FROM LessonAttempts WHERE StudentId = $id ORDER BY Id",
        r => new AttemptRow(
            r.GetInt64(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetBoolean(4), r.GetBoolean(5), r.GetInt32(6), Decimal(r, 7), Decimal(r, 8)),
        studentId);

    public List<AnswerRow> Answers(long attemptId) => Read(
        "SELECT ExerciseId, Correct, Tries, Earned, Possible FROM LessonAnswers WHERE AttemptId = $id ORDER BY Id",
        r => new AnswerRow(r.GetString(0), r.GetBoolean(1), r.GetInt32(2), Decimal(r, 3), r.GetInt32(4)),
        attemptId);

    // EF Core stores decimals as TEXT in SQLite.
    private static decimal Decimal(SqliteDataReader reader, int column) =>
        decimal.Parse(reader.GetString(column), NumberStyles.Number, CultureInfo.InvariantCulture);

    private List<T> Read<T>(string sql, Func<SqliteDataReader, T> row, long? id = null)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (id is { } value)
        {
            command.Parameters.AddWithValue("$id", value);
        }

        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(row(reader));
        }

        return rows;
    }
}

internal sealed record InboxRow(long UpdateId, long? ChatId, bool Processed);

internal sealed record OutboxRow(long Id, long ChatId, long? UpdateId, string Text);

internal sealed record AttemptRow(
    long Id, string LessonId, int Number, int Position, bool IsOpen, bool Graded, int Answered, decimal Earned, decimal Possible);

internal sealed record AnswerRow(string ExerciseId, bool Correct, int Tries, decimal Earned, int Possible);
