using TutorBot.Testing;

namespace TutorBot.Host.Tests.Telegram.EndToEnd;

/// <summary>Texts long enough to be questions for the tutor, and what a student's stored conversation shows of them.</summary>
internal static class StudentText
{
    public static string Message(long student, int number) => $"Student {student} writes message number {number}.";

    /// <summary>
    /// The student's conversation, oldest first: each question as "question: text", each answer as "answer". Per-chat
    /// order shows in it: question and answer are stored together, in the order the chat's updates were handled.
    /// </summary>
    public static List<string> Conversation(TestDatabase database, long student)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Role, Intent, Text FROM ConversationMessages WHERE StudentId = $student ORDER BY Sequence";
        command.Parameters.AddWithValue("$student", student);
        using var reader = command.ExecuteReader();
        var messages = new List<string>();
        while (reader.Read())
        {
            messages.Add(reader.GetString(0) == "assistant" ? "answer" : $"{reader.GetString(1)}: {reader.GetString(2)}");
        }

        return messages;
    }

    /// <summary>What <see cref="Conversation"/> shows after the student's messages 1…<paramref name="count"/> were each answered.</summary>
    public static List<string> AnsweredInOrder(long student, int count) =>
        [.. Enumerable.Range(1, count).SelectMany(n => new[] { $"question: {Message(student, n)}", "answer" })];
}
