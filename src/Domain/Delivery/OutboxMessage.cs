using System.Text;
using TutorBot.Domain.Common;

namespace TutorBot.Domain.Delivery;

/// <summary>
/// A reply waiting to be delivered. It is stored in the same transaction as the change that produced it, and
/// a sender delivers it afterwards, so that no reply is lost or sent for a change that was rolled back.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Telegram's limit on one message's text; longer replies are split before they are stored.</summary>
    public const int MaxTextLength = 4096;

    public const int MaxFailureLength = 500;

    private OutboxMessage()
    {
        Text = string.Empty;
    }

    public long Id { get; private set; }

    public long ChatId { get; private set; }

    /// <summary>The update this message answers; null for a message nobody asked for.</summary>
    public long? UpdateId { get; private set; }

    public string Text { get; private set; }

    public TextFormat Format { get; private set; }

    /// <summary>An inline keyboard, row by row; null for none.</summary>
    public IReadOnlyList<IReadOnlyList<OutboxButton>>? Buttons { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? SentAtUtc { get; private set; }

    /// <summary>Set when the message was given up on; <see cref="Failure"/> says why.</summary>
    public DateTime? FailedAtUtc { get; private set; }

    public string? Failure { get; private set; }

    /// <summary>How many times delivery was started.</summary>
    public int Attempts { get; private set; }

    public bool IsPending => SentAtUtc is null && FailedAtUtc is null;

    /// <param name="buttons">Rows of buttons; null or no rows means no keyboard.</param>
    public static OutboxMessage Create(
        long chatId,
        long? updateId,
        string text,
        TextFormat format,
        IReadOnlyList<IReadOnlyList<OutboxButton>>? buttons,
        DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException("A message to send cannot be blank.");
        }

        if (text.Length > MaxTextLength)
        {
            throw new DomainException($"A message to send can have at most {MaxTextLength} characters.");
        }

        if (!Enum.IsDefined(format))
        {
            throw new DomainException($"Unknown text format: {format}.");
        }

        return new OutboxMessage
        {
            ChatId = chatId,
            UpdateId = updateId,
            Text = text,
            Format = format,
            Buttons = CopyKeyboard(buttons),
            CreatedAtUtc = Time.RequireUtc(nowUtc),
        };
    }

    /// <summary>Why a keyboard cannot be sent, or null when it can.</summary>
    public static string? CheckKeyboard(IReadOnlyList<IReadOnlyList<OutboxButton>>? buttons)
    {
        if (buttons is null)
        {
            return null;
        }

        if (buttons.Any(row => row is null || row.Count == 0))
        {
            return "A row of buttons cannot be empty.";
        }

        if (buttons.Sum(row => row.Count) > OutboxButton.MaxButtons)
        {
            return $"A keyboard can have at most {OutboxButton.MaxButtons} buttons.";
        }

        foreach (var button in buttons.SelectMany(row => row))
        {
            if (button is null || string.IsNullOrWhiteSpace(button.Label))
            {
                return "A button needs a label.";
            }

            if (string.IsNullOrEmpty(button.Data) || Encoding.UTF8.GetByteCount(button.Data) > OutboxButton.MaxDataBytes)
            {
                return $"A button's data must have 1 to {OutboxButton.MaxDataBytes} bytes.";
            }
        }

        return null;
    }

    /// <summary>Counts one more delivery attempt, before it is made.</summary>
    public void RecordAttempt()
    {
        RequirePending();
        Attempts++;
    }

    public void MarkSent(DateTime nowUtc)
    {
        Time.RequireUtc(nowUtc);
        RequirePending();
        SentAtUtc = nowUtc;
    }

    /// <summary>Gives up on the message for good. A reason longer than <see cref="MaxFailureLength"/> is cut.</summary>
    public void MarkFailed(string reason, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("A failure needs a reason.");
        }

        Time.RequireUtc(nowUtc);
        RequirePending();
        FailedAtUtc = nowUtc;
        Failure = Shorten(reason.Trim());
    }

    private static List<IReadOnlyList<OutboxButton>>? CopyKeyboard(IReadOnlyList<IReadOnlyList<OutboxButton>>? buttons)
    {
        if (CheckKeyboard(buttons) is { } problem)
        {
            throw new DomainException(problem);
        }

        // A copy, so that the caller's lists cannot change the message once created.
        return buttons is null || buttons.Count == 0 ? null : [.. buttons.Select(row => (IReadOnlyList<OutboxButton>)[.. row])];
    }

    private static string Shorten(string reason)
    {
        if (reason.Length <= MaxFailureLength)
        {
            return reason;
        }

        // Never cut a surrogate pair in half: the stored text must stay valid UTF-16.
        var length = char.IsHighSurrogate(reason[MaxFailureLength - 1]) ? MaxFailureLength - 1 : MaxFailureLength;
        return reason[..length];
    }

    private void RequirePending()
    {
        if (SentAtUtc is not null)
        {
            throw new DomainException($"Message {Id} was already sent.");
        }

        if (FailedAtUtc is not null)
        {
            throw new DomainException($"Message {Id} already failed.");
        }
    }
}
