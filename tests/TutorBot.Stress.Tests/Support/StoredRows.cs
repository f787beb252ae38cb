using Microsoft.Data.Sqlite;
using TutorBot.Testing;

namespace TutorBot.Stress.Tests.Support;

/// <summary>One row of ConversationMessages as read with plain SQL; the text is the raw UTF-8 in the file.</summary>
public sealed record StoredRow(long StudentId, long Sequence, string Role, string? Intent, byte[] TextUtf8)
{
    public string Text => System.Text.Encoding.UTF8.GetString(TextUtf8);
}

/// <summary>Reads the database file directly, bypassing EF Core, caches and the application: what really reached the disk.</summary>
public static class StoredRows
{
    public static IReadOnlyList<StoredRow> Messages(this TestDatabase database, long studentId)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT "StudentId", "Sequence", "Role", "Intent", CAST("Text" AS BLOB)
            FROM "ConversationMessages" WHERE "StudentId" = $student ORDER BY "Sequence"
            """;
        command.Parameters.AddWithValue("$student", studentId);
        return Read(command);
    }

    public static IReadOnlyList<StoredRow> AllMessages(this TestDatabase database)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT "StudentId", "Sequence", "Role", "Intent", CAST("Text" AS BLOB)
            FROM "ConversationMessages" ORDER BY "StudentId", "Sequence"
            """;
        return Read(command);
    }

    public static long MessageCount(this TestDatabase database) => database.Scalar("""SELECT COUNT(*) FROM "ConversationMessages" """);

    public static long StudentCount(this TestDatabase database) => database.Scalar("""SELECT COUNT(*) FROM "Students" """);

    /// <summary>Messages ever written by the student, trimmed ones included.</summary>
    public static long LastMessageSequence(this TestDatabase database, long studentId) =>
        database.Scalar($"""SELECT "LastMessageSequence" FROM "Students" WHERE "Id" = {studentId}""");

    /// <summary>
    /// The conversation as the router stores it, oldest first: each student message as "intent: text", each of the
    /// tutor's as "answer".
    /// </summary>
    public static List<string> Conversation(this TestDatabase database, long studentId) =>
        [.. database.Messages(studentId).Select(r => r.Role == "assistant" ? "answer" : $"{r.Intent}: {r.Text}")];

    private static List<StoredRow> Read(SqliteCommand command)
    {
        var rows = new List<StoredRow>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(new StoredRow(
                reader.GetInt64(0),
                reader.GetInt64(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetFieldValue<byte[]>(4)));
        }

        return rows;
    }
}
