using Telegram.Bot.Extensions;
using TutorBot.Application.Delivery.CompleteUpdates;
using TutorBot.Domain.Delivery;
using TutorBot.Host.Bot;
using TutorBot.Host.Telegram.Sending;

namespace TutorBot.Host.Telegram.Processing;

/// <summary>Turns the router's replies into outbox messages that Telegram will accept.</summary>
internal static class OutgoingReplies
{
    public const int TelegramTextLimit = 4096;

    public static List<OutgoingMessage> For(long chatId, IEnumerable<BotReply> replies)
    {
        var messages = new List<OutgoingMessage>();
        foreach (var reply in replies)
        {
            var format = reply.IsHtml ? TextFormat.Html : TextFormat.Plain;
            var text = reply.Text;

            // Markup cannot be cut safely, so a long formatted reply loses its formatting rather than its end.
            if (reply.IsHtml && HtmlText.PlainLength(text) > TelegramTextLimit)
            {
                (format, text) = (TextFormat.Plain, HtmlText.ToPlain(text));
            }

            var parts = format == TextFormat.Plain ? ReplySplitter.Split(text, TelegramTextLimit) : [text];
            for (var i = 0; i < parts.Count; i++)
            {
                // Buttons belong under the last part, where the reader ends up.
                var buttons = i == parts.Count - 1 ? reply.Buttons?.Select(Row).ToList() : null;
                messages.Add(new OutgoingMessage(chatId, parts[i], format, buttons));
            }
        }

        return messages;
    }

    private static IReadOnlyList<OutboxButton> Row(IReadOnlyList<BotButton> row) => [.. row.Select(b => new OutboxButton(b.Label, b.Data))];
}
