using MediatR;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Common.Messaging;

namespace TutorBot.Application.Delivery.MarkOutboxSent;

/// <summary>
/// Records that messages were delivered. Ids already sent, failed or unknown are left alone and are no error:
/// after a crash a message may be sent, and marked, twice. Returns how many messages were newly marked.
/// </summary>
public sealed record MarkOutboxSentCommand(IReadOnlyList<long> Ids) : ICommand<int>;

internal sealed class MarkOutboxSentCommandHandler(ITutorBotDbContext db, TimeProvider clock)
    : IRequestHandler<MarkOutboxSentCommand, int>
{
    public Task<int> Handle(MarkOutboxSentCommand request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.ChangePendingAsync(request.Ids, message => message.MarkSent(now), cancellationToken);
    }
}
