using MediatR;
using Microsoft.EntityFrameworkCore;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Common.Messaging;
using TutorBot.Domain.Delivery;

namespace TutorBot.Application.Delivery.GetPendingOutbox;

/// <summary>Messages neither sent nor given up on, in the order they were stored: what the sender delivers.</summary>
public sealed record GetPendingOutboxQuery : IQuery<IReadOnlyList<PendingOutboxMessage>>;

/// <param name="Attempts">Delivery attempts recorded so far; above zero, an earlier attempt may have reached the chat.</param>
public sealed record PendingOutboxMessage(
    long Id,
    long ChatId,
    string Text,
    TextFormat Format,
    IReadOnlyList<IReadOnlyList<OutboxButton>>? Buttons,
    int Attempts);

internal sealed class GetPendingOutboxQueryHandler(ITutorBotDbContext db)
    : IRequestHandler<GetPendingOutboxQuery, IReadOnlyList<PendingOutboxMessage>>
{
    // The sender asks after every handled update (see StudentQueries).
    private static readonly Func<DbContext, IAsyncEnumerable<PendingOutboxMessage>> Pending =
        EF.CompileAsyncQuery((DbContext db) => db.Set<OutboxMessage>()
            .AsNoTracking()
            .Where(m => m.SentAtUtc == null && m.FailedAtUtc == null)
            .OrderBy(m => m.Id)
            .Select(m => new PendingOutboxMessage(m.Id, m.ChatId, m.Text, m.Format, m.Buttons, m.Attempts)));

    public async Task<IReadOnlyList<PendingOutboxMessage>> Handle(GetPendingOutboxQuery request, CancellationToken cancellationToken)
    {
        var pending = new List<PendingOutboxMessage>();
        await foreach (var message in Pending(db.Context).WithCancellation(cancellationToken))
        {
            pending.Add(message);
        }

        return pending;
    }
}
