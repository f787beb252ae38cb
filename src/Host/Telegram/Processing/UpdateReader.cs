using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using TutorBot.Host.Telegram.Receiving;

namespace TutorBot.Host.Telegram.Processing;

/// <summary>Decides what an update asks for: the one place that knows Telegram's update shapes.</summary>
internal static class UpdateReader
{
    private static readonly HashSet<MessageType> NonTextContent =
    [
        MessageType.Photo, MessageType.Sticker, MessageType.Voice, MessageType.Document, MessageType.Video,
        MessageType.Audio, MessageType.Animation, MessageType.VideoNote, MessageType.Contact, MessageType.Location,
        MessageType.Venue, MessageType.Poll, MessageType.Dice,
    ];

    public static UpdateAction Read(InboundUpdate inbound, BotIdentity bot, IReadOnlySet<long> adminUserIds)
    {
        if (inbound.Update is not { } update)
        {
            return new UpdateAction.Reject("unreadable update");
        }

        return update switch
        {
            { Message: { } message } => ReadMessage(message, bot, adminUserIds),
            { EditedMessage: not null } => new UpdateAction.Ignore("edited message"),
            { CallbackQuery: { Data: { Length: > 0 } data } query } => new UpdateAction.Handle(
                query.Message?.Chat.Id ?? query.From.Id, query.From.Id, NameOf(query.From), data, adminUserIds.Contains(query.From.Id), query.Id),
            _ => new UpdateAction.Ignore($"{update.Type} update"),
        };
    }

    private static UpdateAction ReadMessage(Message message, BotIdentity bot, IReadOnlySet<long> adminUserIds)
    {
        // Anonymous group admins and channels write without a user: there is no student to answer.
        if (message.From is not { IsBot: false } from)
        {
            return new UpdateAction.Ignore("message without a user");
        }

        var isPrivate = message.Chat.Type == ChatType.Private;
        if (message.Text is not { } text)
        {
            return isPrivate && NonTextContent.Contains(message.Type)
                ? new UpdateAction.TextOnly(message.Chat.Id, from.Id)
                : new UpdateAction.Ignore($"{message.Type} message");
        }

        if (!isPrivate)
        {
            if (AddressedText(text, message, bot) is not { } addressed)
            {
                return new UpdateAction.Ignore("group message not for the bot");
            }

            text = addressed;
        }

        return new UpdateAction.Handle(message.Chat.Id, from.Id, NameOf(from), text, adminUserIds.Contains(from.Id), null);
    }

    /// <summary>
    /// In a group the bot answers commands (its own, or without a bot name), mentions of it (the mention is
    /// taken out of the text) and replies to its messages; everything else is the group's own talk.
    /// </summary>
    private static string? AddressedText(string text, Message message, BotIdentity bot)
    {
        var mention = "@" + bot.Username;
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith('/'))
        {
            var end = trimmed.AsSpan().IndexOfAny(' ', '\n', '\t');
            var word = end < 0 ? trimmed : trimmed[..end];
            var at = word.IndexOf('@', StringComparison.Ordinal);
            return at < 0 || word[at..].Equals(mention, StringComparison.OrdinalIgnoreCase) ? text : null;
        }

        if (bot.Mention is { } pattern && pattern.IsMatch(text))
        {
            var rest = pattern.Replace(text, string.Empty).Trim();
            return rest.Length > 0 ? rest : "/help";
        }

        return message.ReplyToMessage?.From?.Id == bot.Id && bot.Id != 0 ? text : null;
    }

    /// <summary>Null keeps the name the student is stored with.</summary>
    private static string? NameOf(User user)
    {
        var name = $"{user.FirstName} {user.LastName}".Trim();
        return name.Length > 0 ? name : null;
    }
}
