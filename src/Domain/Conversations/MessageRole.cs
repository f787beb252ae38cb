namespace TutorBot.Domain.Conversations;

/// <summary>Who wrote a message in a student's conversation.</summary>
public enum MessageRole
{
    User,
    Assistant,
}
