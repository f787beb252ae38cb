using MediatR;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Common.Messaging;
using TutorBot.Domain.Delivery;

namespace TutorBot.Application.Delivery.MarkOutboxFailed;

/// <summary>
/// Gives up on messages for good, such as those to a student who blocked the bot. Ids already sent, failed or
/// unknown are left alone. Returns how many messages were newly marked.
/// </summary>
/// <param name="Reason">Why, for operators; longer than <see cref="OutboxMessage.MaxFailureLength"/> characters it is cut.</param>
public sealed record MarkOutboxFailedCommand(IReadOnlyList<long> Ids, string Reason) : ICommand<int>;

internal sealed class MarkOutboxFailedCommandHandler(ITutorBotDbContext db, TimeProvider clock)
    : IRequestHandler<MarkOutboxFailedCommand, int>
{
    public Task<int> Handle(MarkOutboxFailedCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.ChangePendingAsync(request.Ids, message => message.MarkFailed(request.Reason, now), cancellationToken);
    }
}
