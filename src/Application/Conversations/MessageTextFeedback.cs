using TutorBot.Domain.Conversations;

namespace TutorBot.Application.Conversations;

/// <summary>What a student is told when their text cannot be stored.</summary>
public static class MessageTextFeedback
{
    public static string Describe(MessageTextProblem problem, ConversationLimits limits, string? text) => problem switch
    {
        MessageTextProblem.Empty => "Your message is empty. Please type some text.",
        MessageTextProblem.TooShort =>
            $"That is a bit short for me to work with. Please write at least {limits.MinMessageLength} characters.",
        MessageTextProblem.TooLong =>
            $"That message is too long ({text?.Length} characters). Please keep it to {limits.MaxMessageLength} characters, or send it in parts.",
        MessageTextProblem.ControlCharacters =>
            "Your message contains invisible control characters that I cannot store. Please send plain text.",
        MessageTextProblem.InvalidUnicode =>
            "Your message contains broken characters (invalid Unicode). Please type it again.",
        _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, "Not a problem."),
    };
}
