using TutorBot.Domain.Conversations;

namespace TutorBot.Application.Common.Options;

/// <summary>The <c>Limits</c> configuration section (SPEC §2); defaults are the old bot's.</summary>
public sealed class LimitsOptions
{
    public const string SectionName = "Limits";

    public int MinMessageLength { get; set; } = ConversationLimits.Default.MinMessageLength;

    public int MaxMessageLength { get; set; } = ConversationLimits.Default.MaxMessageLength;

    public int MaxMessagesPerStudent { get; set; } = ConversationLimits.Default.MaxMessagesPerStudent;

    public int MessagesPerMinute { get; set; } = 20;

    /// <summary>The domain checks the limits' rules; the options only carry them.</summary>
    public ConversationLimits ToConversationLimits() => new(MinMessageLength, MaxMessageLength, MaxMessagesPerStudent);
}
