namespace TutorBot.Domain.Teaching;

/// <summary>Letter grades, best first: a lower value is a better grade.</summary>
public enum LetterGrade
{
    A,
    B,
    C,
    D,
    F,
}
