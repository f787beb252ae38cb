using System.Text;
using TutorBot.Domain.Common;

namespace TutorBot.Domain.Conversations;

/// <summary>
/// The limits every stored message and every conversation obey, named as in the <c>Limits</c> settings. Lengths count UTF-16 code units,
/// the unit Telegram uses for its own 4096-character cap.
/// </summary>
public sealed record ConversationLimits
{
    /// <summary>An upper bound that keeps a misconfigured limit from letting megabytes into a row.</summary>
    public const int MaxConfigurableLength = 100_000;

    public ConversationLimits(int minMessageLength, int maxMessageLength, int maxMessagesPerStudent)
    {
        if (maxMessageLength is < 1 or > MaxConfigurableLength)
        {
            throw new DomainException($"MaxMessageLength must be between 1 and {MaxConfigurableLength}, not {maxMessageLength}.");
        }

        if (minMessageLength < 0 || minMessageLength > maxMessageLength)
        {
            throw new DomainException($"MinMessageLength must be between 0 and MaxMessageLength ({maxMessageLength}), not {minMessageLength}.");
        }

        if (maxMessagesPerStudent < 1)
        {
            throw new DomainException($"MaxMessagesPerStudent must be at least 1, not {maxMessagesPerStudent}.");
        }

        MinMessageLength = minMessageLength;
        MaxMessageLength = maxMessageLength;
        MaxMessagesPerStudent = maxMessagesPerStudent;
    }

    /// <summary>The old bot's defaults.</summary>
    public static ConversationLimits Default { get; } = new(10, 5000, 50);

    public int MinMessageLength { get; }

    public int MaxMessageLength { get; }

    public int MaxMessagesPerStudent { get; }

    /// <summary>
    /// Checks a text against the limits. <paramref name="isFreeFormDialogue"/> turns on the minimum length,
    /// which is for conversation only: exercise answers such as "4" are short by nature.
    /// </summary>
    public MessageTextProblem Check(string? text, bool isFreeFormDialogue)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return MessageTextProblem.Empty;
        }

        if (text.Length > MaxMessageLength)
        {
            return MessageTextProblem.TooLong;
        }

        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not '\n' and not '\t')
            {
                return MessageTextProblem.ControlCharacters;
            }
        }

        // A lone surrogate cannot be encoded as UTF-8, so it could not be stored exactly as sent.
        if (!IsWellFormed(text))
        {
            return MessageTextProblem.InvalidUnicode;
        }

        if (isFreeFormDialogue && text.AsSpan().Trim().Length < MinMessageLength)
        {
            return MessageTextProblem.TooShort;
        }

        return MessageTextProblem.None;
    }

    /// <summary>Messages with a sequence number at or below this are beyond the window and must go.</summary>
    public long LastSequenceToTrim(long newestSequence) => newestSequence - MaxMessagesPerStudent;

    private static bool IsWellFormed(string text)
    {
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return false;
            }

            rest = rest[consumed..];
        }

        return true;
    }
}
