using TutorBot.Domain.Common;

namespace TutorBot.Domain.Conversations;

/// <summary>One message of a student's conversation, stored exactly as written.</summary>
public sealed class ConversationMessage
{
    private ConversationMessage()
    {
        Text = string.Empty;
    }

    public long Id { get; private set; }

    public long StudentId { get; private set; }

    /// <summary>Position in the student's conversation: 1 for their first message ever, never reused.</summary>
    public long Sequence { get; private set; }

    public MessageRole Role { get; private set; }

    /// <summary>Set for the student's own messages only.</summary>
    public MessageIntent? Intent { get; private set; }

    public string Text { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    internal static ConversationMessage Create(
        long studentId,
        long sequence,
        MessageRole role,
        MessageIntent? intent,
        string text,
        ConversationLimits limits,
        DateTime createdAtUtc)
    {
        if (!Enum.IsDefined(role) || (intent is { } given && !Enum.IsDefined(given)))
        {
            throw new DomainException($"Unknown message role or intent: {role}, {intent}.");
        }

        if (role == MessageRole.User && intent is null)
        {
            throw new DomainException("A student's message needs an intent.");
        }

        if (role == MessageRole.Assistant && intent is not null)
        {
            throw new DomainException("The tutor's messages have no intent.");
        }

        var freeForm = intent is MessageIntent.Chat or MessageIntent.Question;
        var problem = limits.Check(text, freeForm);
        if (problem != MessageTextProblem.None)
        {
            throw new DomainException($"The message cannot be stored: {problem}.");
        }

        return new ConversationMessage
        {
            StudentId = studentId,
            Sequence = sequence,
            Role = role,
            Intent = intent,
            Text = text,
            CreatedAtUtc = Time.RequireUtc(createdAtUtc),
        };
    }
}
