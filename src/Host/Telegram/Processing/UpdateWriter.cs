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
/// Writes what updates do, inside the caller's transaction: the router's work, the replies it produced (the
/// outbox) and the mark that the update is done. Committed together, or not at all.
/// </summary>
internal sealed class UpdateWriter(BotRouter router, OutboxSender sender, IOptions<LimitsOptions> limits)
{
    internal const string TextOnlyReply =
        "I can only read text messages. Please type your question or answer, and I will take it from there.";

    /// <summary>Handles one update and completes it.</summary>
    public async Task<WrittenUpdate> WriteAsync(
        IServiceProvider services, IReadOnlyList<InboundUpdate> updates, UpdateAction action, CancellationToken cancellationToken) =>
        (await CompleteAsync(services, [await HandleAsync(services, updates, action, cancellationToken)], cancellationToken))[0];

    /// <summary>The router's work for one update; <see cref="CompleteAsync"/> must follow in the same transaction.</summary>
    public async Task<HandledUpdate> HandleAsync(
        IServiceProvider services, IReadOnlyList<InboundUpdate> updates, UpdateAction action, CancellationToken cancellationToken) =>
        new(updates, OutcomeOf(action), await RepliesAsync(services, action, cancellationToken));

    /// <summary>Marks handled updates done and stores their replies, with one command for them all.</summary>
    public static async Task<IReadOnlyList<WrittenUpdate>> CompleteAsync(
        IServiceProvider services, IReadOnlyList<HandledUpdate> handled, CancellationToken cancellationToken)
    {
        var items = handled.SelectMany(h => h.Completions).ToList();
        var outboxIds = await services.GetRequiredService<IMediator>().Send(new CompleteUpdateBatchCommand(items), cancellationToken);
        var written = new List<WrittenUpdate>(handled.Count);
        var item = 0;
        foreach (var update in handled)
        {
            // An update's replies belong to its first item; the joined updates' item has none.
            written.Add(new WrittenUpdate(update.Outgoing, outboxIds[item]));
            item += update.Completions.Count;
        }

        return written;
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
                h.ChatId, await router.RouteAsync(services, h.Message, h.AskedAhead, cancellationToken)),
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

/// <summary>An update the router has handled, and what completes it: its outcome and replies; joined parts of a paste are marked joined.</summary>
internal sealed record HandledUpdate(IReadOnlyList<InboundUpdate> Updates, UpdateOutcome Outcome, List<OutgoingMessage> Outgoing)
{
    public IReadOnlyList<CompleteUpdatesCommand> Completions { get; } = Updates.Count == 1
        ? [new([Updates[0].UpdateId], Outcome, Outgoing)]
        : [new([Updates[0].UpdateId], Outcome, Outgoing), new([.. Updates.Skip(1).Select(u => u.UpdateId)], UpdateOutcome.Joined, [])];
}

/// <summary>The outbox messages an update produced, with their ids once stored.</summary>
internal sealed record WrittenUpdate(List<OutgoingMessage> Outgoing, IReadOnlyList<long> OutboxIds);
