using MediatR;
using Microsoft.EntityFrameworkCore;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Common.Messaging;

namespace TutorBot.Application.Delivery.PurgeDelivered;

/// <summary>
/// Deletes what the inbox and outbox no longer need: updates processed before <paramref name="OlderThanUtc"/>, and
/// messages sent or given up on before it. An unprocessed update or a pending message is never deleted, whatever its
/// age, and neither is the update with the highest id: polling resumes after it (<c>GetLastUpdateIdQuery</c>).
/// </summary>
/// <remarks>
/// Not an <see cref="ICommand"/> on purpose: one transaction around the whole purge would hold SQLite's only write
/// lock, and so every student's next message, for as long as the purge takes. It deletes
/// <see cref="ChunkSize"/> rows at a time instead, each chunk committed in a write transaction of its own; a purge
/// stopped halfway leaves consistent tables, and the next one finishes it.
/// </remarks>
public sealed record PurgeDeliveredCommand(DateTime OlderThanUtc) : IRequest<PurgeDeliveredResult>
{
    /// <summary>The most rows one statement deletes.</summary>
    public const int ChunkSize = 1000;
}

/// <param name="Updates">Inbox rows deleted.</param>
/// <param name="Messages">Outbox rows deleted.</param>
public sealed record PurgeDeliveredResult(int Updates, int Messages)
{
    public bool DeletedAny => Updates > 0 || Messages > 0;
}

internal sealed class PurgeDeliveredCommandHandler(ITutorBotDbContext db, IDatabaseTransactions transactions)
    : IRequestHandler<PurgeDeliveredCommand, PurgeDeliveredResult>
{
    public async Task<PurgeDeliveredResult> Handle(PurgeDeliveredCommand request, CancellationToken cancellationToken)
    {
        var cutoff = request.OlderThanUtc;

        // Oldest first, by primary key: the scan stops after one chunk of matches instead of reading the whole table.
        // A null time compares as false in SQL: unprocessed updates and pending messages never match.
        var updates = await DeleteInChunksAsync(
            db.Inbox
                .Where(u => u.ProcessedAtUtc < cutoff && u.UpdateId < db.Inbox.Max(last => last.UpdateId))
                .OrderBy(u => u.UpdateId)
                .Take(PurgeDeliveredCommand.ChunkSize),
            cancellationToken);
        var messages = await DeleteInChunksAsync(
            db.Outbox
                .Where(m => m.SentAtUtc < cutoff || m.FailedAtUtc < cutoff)
                .OrderBy(m => m.Id)
                .Take(PurgeDeliveredCommand.ChunkSize),
            cancellationToken);
        return new PurgeDeliveredResult(updates, messages);
    }

    private async Task<int> DeleteInChunksAsync<T>(IQueryable<T> chunk, CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            int deleted;
            await using (var transaction = await transactions.BeginWriteAsync(cancellationToken))
            {
                deleted = await chunk.ExecuteDeleteAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            total += deleted;
            if (deleted < PurgeDeliveredCommand.ChunkSize)
            {
                return total;
            }
        }
    }
}
