using Microsoft.Data.Sqlite;
using TutorBot.Testing;

namespace TutorBot.Application.Tests.Functional.Support;

/// <summary>One row of ConversationMessages as read with plain SQL; the text is the raw UTF-8 in the file.</summary>
public sealed record StoredMessageRow(long Id, long StudentId, long Sequence, string Role, string? Intent, byte[] TextUtf8)
{
    public string Text => System.Text.Encoding.UTF8.GetString(TextUtf8);
}

/// <summary>
/// Reads the database file directly, bypassing EF Core and the application, to check what really reached
/// the disk.
/// </summary>
public static class StoredRows
{
    public static IReadOnlyList<StoredMessageRow> Messages(this TestDatabase database, long studentId)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT "Id", "StudentId", "Sequence", "Role", "Intent", CAST("Text" AS BLOB)
            FROM "ConversationMessages" WHERE "StudentId" = $student ORDER BY "Sequence"
            """;
        command.Parameters.AddWithValue("$student", studentId);
        return Read(command);
    }

    public static IReadOnlyList<StoredMessageRow> AllMessages(this TestDatabase database)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT "Id", "StudentId", "Sequence", "Role", "Intent", CAST("Text" AS BLOB)
            FROM "ConversationMessages" ORDER BY "StudentId", "Sequence"
            """;
        return Read(command);
    }

    public static long MessageCount(this TestDatabase database) =>
        database.Scalar("""SELECT COUNT(*) FROM "ConversationMessages" """);

    public static long StudentCount(this TestDatabase database) =>
        database.Scalar("""SELECT COUNT(*) FROM "Students" """);

    public static long LastMessageSequence(this TestDatabase database, long studentId) =>
        database.Scalar($"""SELECT "LastMessageSequence" FROM "Students" WHERE "Id" = {studentId}""");

    public static string? DisplayName(this TestDatabase database, long studentId)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """SELECT "DisplayName" FROM "Students" WHERE "Id" = $student""";
        command.Parameters.AddWithValue("$student", studentId);
        return command.ExecuteScalar() as string;
    }

    private static List<StoredMessageRow> Read(SqliteCommand command)
    {
        var rows = new List<StoredMessageRow>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(new StoredMessageRow(
                reader.GetInt64(0),
                reader.GetInt64(1),
                reader.GetInt64(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetFieldValue<byte[]>(5)));
        }

        return rows;
    }
}
