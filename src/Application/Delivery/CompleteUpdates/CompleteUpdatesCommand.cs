using MediatR;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Common.Messaging;
using TutorBot.Domain.Delivery;

namespace TutorBot.Application.Delivery.CompleteUpdates;

/// <summary>
/// Marks updates processed and puts their replies in the outbox. Sent inside the transaction that made the
/// handling's state changes, so that the changes, the replies and the mark are committed together or not at
/// all; it commits nothing itself. Returns the new outbox ids, in the order of the replies.
/// </summary>
/// <param name="UpdateIds">
/// The handled updates; the first is the one the replies answer (the others were joined into it).
/// </param>
public sealed record CompleteUpdatesCommand(
    IReadOnlyList<long> UpdateIds,
    UpdateOutcome Outcome,
    IReadOnlyList<OutgoingMessage> Replies) : ICommand<IReadOnlyList<long>>;

/// <param name="Buttons">An inline keyboard, row by row; null for none.</param>
public sealed record OutgoingMessage(
    long ChatId,
    string Text,
    TextFormat Format = TextFormat.Plain,
    IReadOnlyList<IReadOnlyList<OutboxButton>>? Buttons = null);

internal sealed class CompleteUpdatesCommandHandler(ITutorBotDbContext db, TimeProvider clock)
    : IRequestHandler<CompleteUpdatesCommand, IReadOnlyList<long>>
{
    public async Task<IReadOnlyList<long>> Handle(CompleteUpdatesCommand request, CancellationToken cancellationToken) =>
        (await db.CompleteAsync([request], clock.GetUtcNow().UtcDateTime, cancellationToken))[0];
}
