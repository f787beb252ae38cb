using MediatR;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Common.Messaging;

namespace TutorBot.Application.Delivery.CompleteUpdates;

/// <summary>
/// Does what each of the <paramref name="Items"/> would do as a <see cref="CompleteUpdatesCommand"/>, with one
/// read and one save for them all: the Telegram transport completes a whole group commit this way. All or
/// nothing: one refused item refuses the batch. Returns the new outbox ids of each item, in item order.
/// </summary>
public sealed record CompleteUpdateBatchCommand(IReadOnlyList<CompleteUpdatesCommand> Items)
    : ICommand<IReadOnlyList<IReadOnlyList<long>>>;

internal sealed class CompleteUpdateBatchCommandHandler(ITutorBotDbContext db, TimeProvider clock)
    : IRequestHandler<CompleteUpdateBatchCommand, IReadOnlyList<IReadOnlyList<long>>>
{
    public Task<IReadOnlyList<IReadOnlyList<long>>> Handle(CompleteUpdateBatchCommand request, CancellationToken cancellationToken) =>
        db.CompleteAsync(request.Items, clock.GetUtcNow().UtcDateTime, cancellationToken);
}
