using MediatR;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Common.Messaging;

namespace TutorBot.Application.Delivery.RecordOutboxAttempts;

/// <summary>
/// Counts one more delivery attempt of each message still pending, before the attempt is made: after a crash,
/// a message with attempts may already have reached the chat. Returns how many messages were counted.
/// </summary>
public sealed record RecordOutboxAttemptsCommand(IReadOnlyList<long> Ids) : ICommand<int>;

internal sealed class RecordOutboxAttemptsCommandHandler(ITutorBotDbContext db)
    : IRequestHandler<RecordOutboxAttemptsCommand, int>
{
    public Task<int> Handle(RecordOutboxAttemptsCommand request, CancellationToken cancellationToken) =>
        db.ChangePendingAsync(request.Ids, message => message.RecordAttempt(), cancellationToken);
}
