namespace TutorBot.LoadGenerator;

/// <summary>
/// Who sends what, in which order: round after round, every student sends their next question, so a student's
/// messages are spread over the whole run (and stay under the bot's per-minute limit when paced).
/// </summary>
internal sealed class OfferPlan(long firstChatId, int students, int messagesPerStudent)
{
    private static readonly string[] Topics =
    [
        "fractions", "prime numbers", "negative numbers", "percentages", "linear equations", "right triangles", "decimals", "exponents",
    ];

    public long FirstChatId => firstChatId;

    public int Students => students;

    public int MessagesPerStudent => messagesPerStudent;

    public int Count => students * messagesPerStudent;

    /// <summary>The chat (= student id) and question number (from 1) of the <paramref name="index"/>-th offer.</summary>
    public (long ChatId, int Question) At(int index) => (firstChatId + (index % students), (index / students) + 1);

    /// <summary>
    /// Free text of well over Limits:MinMessageLength (10), so the bot stores it and answers it once. Its reference
    /// ("s17q3") is a word no other question holds, so the offline tutor searches the course for every one: the run
    /// measures a class asking varied questions, not the search's memory of repeated ones.
    /// </summary>
    public static string Text(long chatId, int question) =>
        $"Student {chatId} question {question}: how do {Topics[(int)((chatId + question) % Topics.Length)]} work? (ref s{chatId}q{question})";
}
