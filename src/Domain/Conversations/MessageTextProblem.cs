namespace TutorBot.Domain.Conversations;

/// <summary>Why a text cannot be stored; <see cref="None"/> when it can.</summary>
public enum MessageTextProblem
{
    None,
    Empty,
    TooShort,
    TooLong,
    ControlCharacters,
    InvalidUnicode,
}
