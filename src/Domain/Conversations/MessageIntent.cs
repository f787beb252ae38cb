namespace TutorBot.Domain.Conversations;

/// <summary>What a student's message is for, as decided by the router. Assistant messages have none.</summary>
public enum MessageIntent
{
    /// <summary>Free-form conversation.</summary>
    Chat,

    /// <summary>A free-form question for the tutor.</summary>
    Question,

    /// <summary>An answer to an exercise: short by nature, so the minimum length does not apply.</summary>
    Answer,
}
