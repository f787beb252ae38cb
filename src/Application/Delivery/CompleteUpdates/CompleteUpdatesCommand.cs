using MediatR;
using Microsoft.EntityFrameworkCore;
using TutorBot.Application.Common.Exceptions;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Common.Messaging;
using TutorBot.Domain.Common;
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
    // Runs for every handled update (see StudentQueries). Tracked: the updates are changed and saved.
    private static readonly Func<DbContext, long[], IAsyncEnumerable<InboxUpdate>> ByIds =
        EF.CompileAsyncQuery((DbContext db, long[] ids) => db.Set<InboxUpdate>().Where(u => ids.Contains(u.UpdateId)));

    public async Task<IReadOnlyList<long>> Handle(CompleteUpdatesCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var found = new Dictionary<long, InboxUpdate>();
        await foreach (var update in ByIds(db.Context, [.. request.UpdateIds]).WithCancellation(cancellationToken))
        {
            found.Add(update.UpdateId, update);
        }

        // Everything is checked before anything changes, so a refused command leaves no modified entity behind
        // in this scope, even if the caller goes on to commit its outer transaction.
        var updates = request.UpdateIds
            .Select(id => found.GetValueOrDefault(id) ?? throw new NotFoundException("Update", id))
            .ToList();
        if (updates.FirstOrDefault(u => u.IsProcessed) is { } processed)
        {
            throw new DomainException($"Update {processed.UpdateId} was already processed.");
        }

        var answered = request.UpdateIds[0];
        var replies = request.Replies
            .Select(r => OutboxMessage.Create(r.ChatId, answered, r.Text, r.Format, r.Buttons, now))
            .ToList();

        foreach (var update in updates)
        {
            update.MarkProcessed(request.Outcome, now);
        }

        db.Outbox.AddRange(replies);
        await db.SaveChangesAsync(cancellationToken);
        return [.. replies.Select(r => r.Id)];
    }
}
