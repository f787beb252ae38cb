using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TutorBot.Application.Delivery.PurgeDelivered;

namespace TutorBot.Host.Telegram;

/// <summary>
/// Keeps the inbox and outbox from growing for ever: while the transport runs, deletes the updates handled and the
/// messages delivered more than <see cref="TelegramOptions.Retention"/> ago (<see cref="PurgeDeliveredCommand"/>),
/// once at start and then every <see cref="Interval"/>.
/// </summary>
internal sealed partial class DeliveryRetention(
    IServiceScopeFactory scopes,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<DeliveryRetention> logger)
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>Purges until <paramref name="cancellationToken"/> is cancelled, then returns; a failed purge is logged, never thrown.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // Created first, so the hourly ticks do not drift by the time each purge takes.
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            do
            {
                await PurgeAsync(cancellationToken);
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>Old rows are not worth stopping the bot for: a failure waits for the next tick.</summary>
    private async Task PurgeAsync(CancellationToken cancellationToken)
    {
        var retention = options.Value.Retention;
        var cutoff = time.GetUtcNow().UtcDateTime - retention;
        try
        {
            var purged = await scopes.SendAsync(new PurgeDeliveredCommand(cutoff), cancellationToken);
            if (purged.DeletedAny)
            {
                LogPurged(logger, purged.Updates, purged.Messages, retention);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogPurgeFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Updates} handled update(s) and {Messages} delivered message(s) older than {Retention}")]
    private static partial void LogPurged(ILogger logger, int updates, int messages, TimeSpan retention);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deleting old handled updates and delivered messages failed; the next try is in an hour")]
    private static partial void LogPurgeFailed(ILogger logger, Exception exception);
}
