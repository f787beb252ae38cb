using TutorBot.Domain.Common;
using TutorBot.Domain.Conversations;

namespace TutorBot.Domain.Students;

/// <summary>A learner, identified by their Telegram user id (or a local chat id).</summary>
public sealed class Student
{
    public const int MaxDisplayNameLength = 256;

    private Student()
    {
        DisplayName = string.Empty;
    }

    public long Id { get; private set; }

    public string DisplayName { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime LastSeenAtUtc { get; private set; }

    /// <summary>
    /// How finely last-seen is kept. Every message marks its student seen; to the second, that would rewrite the
    /// student's row on every message, for figures ("active this week") that never look closer than this.
    /// </summary>
    public static readonly TimeSpan SeenResolution = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Sequence number of the newest message in the conversation, which is also how many messages it has
    /// ever had: trimming and clearing remove messages but never rewind it.
    /// </summary>
    public long LastMessageSequence { get; private set; }

    /// <summary>Since when messages cannot reach the student (they blocked the bot); null while they can.</summary>
    public DateTime? InactiveSinceUtc { get; private set; }

    public bool IsActive => InactiveSinceUtc is null;

    public static Student Register(long id, string? displayName, DateTime nowUtc)
    {
        if (id <= 0)
        {
            throw new DomainException($"A student id must be a positive number, not {id}.");
        }

        var student = new Student
        {
            Id = id,
            CreatedAtUtc = Time.RequireUtc(nowUtc),
            LastSeenAtUtc = nowUtc,
        };
        student.Rename(displayName ?? DefaultName(id));
        return student;
    }

    public static string DefaultName(long id) => $"Student {id}";

    public void Rename(string displayName)
    {
        var trimmed = displayName.Trim();
        if (trimmed.Length == 0)
        {
            throw new DomainException("A display name cannot be empty.");
        }

        if (trimmed.Length > MaxDisplayNameLength)
        {
            throw new DomainException($"A display name can have at most {MaxDisplayNameLength} characters.");
        }

        if (trimmed.Any(char.IsControl))
        {
            throw new DomainException("A display name cannot contain control characters.");
        }

        DisplayName = trimmed;
    }

    /// <summary>
    /// Records activity, to <see cref="SeenResolution"/>; clocks on different machines may disagree, so last-seen
    /// never goes back. A student who was inactive is active again: they wrote to us, so they no longer block the bot.
    /// </summary>
    public void MarkSeen(DateTime nowUtc)
    {
        if (Time.RequireUtc(nowUtc) - LastSeenAtUtc >= SeenResolution)
        {
            LastSeenAtUtc = nowUtc;
        }

        InactiveSinceUtc = null;
    }

    /// <summary>Records that messages no longer reach the student. Repeating it keeps the first time.</summary>
    public void MarkInactive(DateTime nowUtc)
    {
        Time.RequireUtc(nowUtc);
        InactiveSinceUtc ??= nowUtc;
    }

    /// <summary>Appends a message to this student's conversation and gives it the next sequence number.</summary>
    public ConversationMessage Write(MessageRole role, MessageIntent? intent, string text, ConversationLimits limits, DateTime nowUtc)
    {
        var message = ConversationMessage.Create(Id, LastMessageSequence + 1, role, intent, text, limits, nowUtc);
        LastMessageSequence = message.Sequence;
        MarkSeen(nowUtc);
        return message;
    }
}
