namespace TutorBot.Domain.Teaching;

/// <summary>The result of checking one answer. <paramref name="Problem"/> tells the student how to answer, for unreadable answers only.</summary>
public sealed record AnswerCheck(AnswerVerdict Verdict, string? Problem = null)
{
    public static AnswerCheck Correct { get; } = new(AnswerVerdict.Correct);

    public static AnswerCheck Wrong { get; } = new(AnswerVerdict.Wrong);

    public static AnswerCheck Unreadable(string problem) => new(AnswerVerdict.Unreadable, problem);

    public static AnswerCheck CorrectIf(bool correct) => correct ? Correct : Wrong;
}
