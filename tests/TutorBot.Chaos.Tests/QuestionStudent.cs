using System.Globalization;

namespace TutorBot.Chaos.Tests;

/// <summary>A student who only asks the tutor: every message is a question, and the offline tutor answers each once.</summary>
internal sealed class QuestionStudent : IChaosStudent
{
    // Different topics, so the offline tutor's answers differ from one question to the next.
    private static readonly string[] Topics =
    [
        "how do I add fractions with different denominators?",
        "what is 15 percent of 80 and how do I work it out?",
        "why does a negative times a negative give a positive?",
        "what does an exponent like 2 to the power 5 mean?",
        "how do I solve a linear equation such as 3x + 4 = 19?",
        "how do I turn the decimal 0.375 into a fraction?",
        "what is a ratio and how do I simplify 12:18?",
        "which operation comes first, multiplication or addition?",
    ];

    public QuestionStudent(long chatId, int questions)
    {
        ChatId = chatId;
        Updates = [.. Enumerable.Range(1, questions).Select(n => new PlannedUpdate(chatId, IsButton: false, Question(chatId, n)))];
        ExpectedConversation = [.. Updates.SelectMany(u => new[] { ChaosDatabase.UserLine("question", u.Content), ChaosDatabase.AssistantLine })];
    }

    public long ChatId { get; }

    public IReadOnlyList<PlannedUpdate> Updates { get; }

    public IReadOnlyList<string> ExpectedConversation { get; }

    private static string Question(long chatId, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"Student {chatId}, question {number}: {Topics[(chatId + number) % Topics.Length]}");
}
