using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TutorBot.Application.Common.Options;
using TutorBot.Application.Delivery.CompleteUpdates;
using TutorBot.Domain.Delivery;
using TutorBot.Host.Bot;
using TutorBot.Host.Telegram.Receiving;
using TutorBot.Host.Telegram.Sending;

namespace TutorBot.Host.Telegram.Processing;

/// <summary>
/// Writes what one update does, inside the caller's transaction: the router's work, the replies it produced
/// (the outbox) and the mark that the update is done. Committed together, or not at all.
/// </summary>
internal sealed class UpdateWriter(BotRouter router, OutboxSender sender, IOptions<LimitsOptions> limits)
{
    internal const string TextOnlyReply =
        "I can only read text messages. Please type your question or answer, and I will take it from there.";

    public async Task<WrittenUpdate> WriteAsync(
        IServiceProvider services, IReadOnlyList<InboundUpdate> updates, UpdateAction action, CancellationToken cancellationToken)
    {
        var mediator = services.GetRequiredService<IMediator>();
        var outgoing = await RepliesAsync(services, action, cancellationToken);
        var outboxIds = await mediator.Send(new CompleteUpdatesCommand([updates[0].UpdateId], OutcomeOf(action), outgoing), cancellationToken);
        if (updates.Count > 1)
        {
            await mediator.Send(new CompleteUpdatesCommand([.. updates.Skip(1).Select(u => u.UpdateId)], UpdateOutcome.Joined, []), cancellationToken);
        }

        return new WrittenUpdate(outgoing, outboxIds);
    }

    /// <summary>Hands the replies of a committed update to the sender.</summary>
    public void Send(WrittenUpdate written) =>
        sender.Enqueue(written.OutboxIds.Select((id, i) =>
        {
            var message = written.Outgoing[i];
            return new OutboundMessage(id, message.ChatId, message.Text, message.Format, message.Buttons);
        }));

    internal static string SlowDownReply(int messagesPerMinute) =>
        $"You are writing faster than I can keep up with. Please slow down: I read up to {messagesPerMinute} messages a minute, " +
        "and the ones over that were not read. Send them again in a minute.";

    private async Task<List<OutgoingMessage>> RepliesAsync(IServiceProvider services, UpdateAction action, CancellationToken cancellationToken) =>
        action switch
        {
            UpdateAction.Handle h => OutgoingReplies.For(
                h.ChatId, await router.RouteAsync(services, new IncomingMessage(h.StudentId, h.StudentName, h.Text, h.IsAdmin), cancellationToken)),
            UpdateAction.TextOnly t => OutgoingReplies.For(t.ChatId, [new BotReply(TextOnlyReply)]),
            UpdateAction.SlowDown s => OutgoingReplies.For(s.ChatId, [new BotReply(SlowDownReply(limits.Value.MessagesPerMinute))]),
            _ => [],
        };

    private static UpdateOutcome OutcomeOf(UpdateAction action) => action switch
    {
        UpdateAction.Ignore => UpdateOutcome.Ignored,
        UpdateAction.Reject => UpdateOutcome.Rejected,
        _ => UpdateOutcome.Handled,
    };
}

/// <summary>The outbox messages an update produced, with their ids once stored.</summary>
internal sealed record WrittenUpdate(List<OutgoingMessage> Outgoing, IReadOnlyList<long> OutboxIds);
