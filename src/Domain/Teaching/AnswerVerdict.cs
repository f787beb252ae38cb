namespace TutorBot.Domain.Teaching;

public enum AnswerVerdict
{
    Correct,
    Wrong,

    /// <summary>The answer could not be read (for example "abc" for a number), so it is neither right nor wrong.</summary>
    Unreadable,
}
