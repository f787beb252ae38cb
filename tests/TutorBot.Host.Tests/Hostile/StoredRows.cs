using System.Globalization;
using System.Text;
using TutorBot.Testing;

namespace TutorBot.Host.Tests.Hostile;

/// <summary>A stored conversation message, its text as the raw bytes in the database file.</summary>
internal sealed record StoredMessage(string Role, string? Intent, byte[] TextBytes)
{
    public bool Is(string role, string? intent, string text) =>
        Role == role && Intent == intent && TextBytes.AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(text));
}

/// <summary>Reads the database file directly, past the application: what is really stored.</summary>
internal static class StoredRows
{
    public static List<StoredMessage> Conversation(TestDatabase database, long studentId)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Role, Intent, CAST(Text AS BLOB) FROM ConversationMessages WHERE StudentId = $id ORDER BY Sequence";
        command.Parameters.AddWithValue("$id", studentId);
        using var reader = command.ExecuteReader();
        var messages = new List<StoredMessage>();
        while (reader.Read())
        {
            messages.Add(new StoredMessage(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), (byte[])reader.GetValue(2)));
        }

        return messages;
    }

    /// <summary>Every column of a student's row, conversation, lesson attempts and answers, as one text to compare before and after.</summary>
    public static string Snapshot(TestDatabase database, long studentId) => string.Join(
        "\n",
        Rows(database, "SELECT * FROM Students WHERE Id = $id", studentId)
            .Concat(Rows(database, "SELECT * FROM ConversationMessages WHERE StudentId = $id ORDER BY Id", studentId))
            .Concat(Rows(database, "SELECT * FROM LessonAttempts WHERE StudentId = $id ORDER BY Id", studentId))
            .Concat(Rows(database,
                "SELECT a.* FROM LessonAnswers a JOIN LessonAttempts t ON t.Id = a.AttemptId WHERE t.StudentId = $id ORDER BY a.Id", studentId)));

    /// <summary>A student's lesson attempts and answers only.</summary>
    public static string Lessons(TestDatabase database, long studentId) => string.Join(
        "\n",
        Rows(database, "SELECT * FROM LessonAttempts WHERE StudentId = $id ORDER BY Id", studentId)
            .Concat(Rows(database,
                "SELECT a.* FROM LessonAnswers a JOIN LessonAttempts t ON t.Id = a.AttemptId WHERE t.StudentId = $id ORDER BY a.Id", studentId)));

    private static List<string> Rows(TestDatabase database, string sql, long studentId)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", studentId);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            var values = Enumerable.Range(0, reader.FieldCount)
                .Select(i => $"{reader.GetName(i)}={Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)}");
            rows.Add(string.Join("|", values));
        }

        return rows;
    }
}
