using TutorBot.Application.Conversations;
using TutorBot.Domain.Conversations;

namespace TutorBot.Host.Tests.Hostile;

/// <summary>
/// SPEC §2 written out independently of the code under test: which texts may be stored, and, for the others, the
/// reply the student gets. The checks run in the order the spec's list names them, the order the replies follow.
/// </summary>
internal static class TextRules
{
    private static readonly ConversationLimits Limits = ConversationLimits.Default;

    public static MessageTextProblem ProblemOf(string text, bool isFreeFormDialogue)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return MessageTextProblem.Empty;
        }

        if (text.Length > Limits.MaxMessageLength)
        {
            return MessageTextProblem.TooLong;
        }

        if (text.Any(c => char.IsControl(c) && c != '\n' && c != '\t'))
        {
            return MessageTextProblem.ControlCharacters;
        }

        if (!IsWellFormedUtf16(text))
        {
            return MessageTextProblem.InvalidUnicode;
        }

        return isFreeFormDialogue && text.Trim().Length < Limits.MinMessageLength ? MessageTextProblem.TooShort : MessageTextProblem.None;
    }

    public static string RefusalFor(MessageTextProblem problem, string text) => MessageTextFeedback.Describe(problem, Limits, text);

    /// <summary>Every high surrogate followed by a low one, and no low one alone: the text has an exact UTF-8 form.</summary>
    public static bool IsWellFormedUtf16(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLowSurrogate(text[i]))
            {
                return false;
            }

            if (char.IsHighSurrogate(text[i]))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }

                i++;
            }
        }

        return true;
    }
}
