namespace TutorBot.FakeTelegram;

// Timestamps are Stopwatch.GetTimestamp() values: monotonic, comparable with each other and with the caller's own.

/// <summary>An update handed to the bot (by getUpdates or a webhook POST); one entry per offer, so redeliveries repeat.</summary>
public sealed record OfferedUpdate(long UpdateId, long? ChatId, long OfferedTimestamp);

/// <summary>An accepted sendMessage, or an editMessageText (<see cref="Edited"/>). <see cref="Text"/> is as the bot sent it.</summary>
public sealed record SentMessage(long MessageId, long ChatId, string Text, string? ParseMode, string? ReplyMarkupJson, bool Edited, long Timestamp)
{
    /// <summary>The text a user would see: HTML tags removed and entities decoded when <see cref="ParseMode"/> is HTML.</summary>
    public string PlainText => ParseMode == TelegramHtml.ParseModeName ? TelegramHtml.ToPlainText(Text) : Text;
}

/// <summary>Every request the fake answered: canonical method name, raw body, HTTP status.</summary>
public sealed record RecordedCall(string Method, string Body, int Status, long Timestamp);

public sealed record CallbackAnswer(string CallbackQueryId, string? Text);

public sealed record ChatAction(long ChatId, string Action);

public enum NonTextKind
{
    Photo,
    Sticker,
    Voice,
    Document,
}
