using TutorBot.Domain.Delivery;

namespace TutorBot.Host.Telegram.Sending;

/// <summary>An outbox message on its way to Telegram.</summary>
internal sealed record OutboundMessage(
    long Id, long ChatId, string Text, TextFormat Format, IReadOnlyList<IReadOnlyList<OutboxButton>>? Buttons);
