using TutorBot.Host.Bot;
using TutorBot.Host.Bot.Tutoring;

namespace TutorBot.Host.Telegram.Processing;

/// <summary>What an update asks of the bot, with Telegram's types left behind.</summary>
internal abstract record UpdateAction
{
    /// <summary>A text (or a pressed button) for the bot router, from a student in a chat.</summary>
    /// <param name="CallbackQueryId">Set for a pressed button; Telegram shows a spinner until it is answered.</param>
    public sealed record Handle(long ChatId, long StudentId, string? StudentName, string Text, bool IsAdmin, string? CallbackQueryId)
        : UpdateAction
    {
        public IncomingMessage Message => new(StudentId, StudentName, Text, IsAdmin);

        /// <summary>The tutor's answer when the text is a question, asked before the update's transaction.</summary>
        public AskedAhead? AskedAhead { get; init; }
    }

    /// <summary>A photo, sticker, voice message, file…: the bot reads text only and says so.</summary>
    public sealed record TextOnly(long ChatId, long StudentId) : UpdateAction;

    /// <summary>A student over Limits:MessagesPerMinute: told once to slow down; the message is not handled.</summary>
    public sealed record SlowDown(long ChatId, int MessagesPerMinute) : UpdateAction;

    /// <summary>Nothing to do (an edited message, group chatter, an update type the bot does not serve).</summary>
    public sealed record Ignore(string Reason) : UpdateAction;

    /// <summary>An update that cannot be read.</summary>
    public sealed record Reject(string Reason) : UpdateAction;
}
