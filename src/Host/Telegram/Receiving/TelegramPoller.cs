using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace TutorBot.Host.Telegram.Receiving;

/// <summary>
/// Long polling with acknowledgement under our control: the offset moves past an update only after the
/// intake has stored it, so a crash at any moment loses nothing (Telegram sends unconfirmed updates again).
/// </summary>
internal sealed partial class TelegramPoller(
    ITelegramBotClient bot,
    UpdateIntake intake,
    TransportHealth health,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramPoller> logger)
{
    private const int BatchLimit = 100;

    public async Task RunAsync(long? lastStoredUpdateId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var retry = TelegramRetry.Forever(
            "getUpdates", settings.MaxRetryDelay, health, logger, time, attemptTimeout: settings.PollTimeout + TimeSpan.FromSeconds(15));
        var storeRetry = TelegramRetry.Forever("storing updates", settings.MaxRetryDelay, health, logger, time);

        // Everything up to the last stored update is safe; the rest Telegram still holds for us.
        var offset = lastStoredUpdateId + 1 ?? 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var batch = await retry.ExecuteAsync(
                async ct => await bot.SendRequest(
                    new RawGetUpdatesRequest
                    {
                        Offset = offset,
                        Limit = BatchLimit,
                        Timeout = (int)settings.PollTimeout.TotalSeconds,
                        AllowedUpdates = InboundUpdate.AllowedUpdates,
                    },
                    ct),
                cancellationToken);
            health.RecordSuccess();

            var receivedAt = time.GetUtcNow().UtcDateTime;
            var updates = new List<InboundUpdate>(batch.Length);
            foreach (var element in batch)
            {
                if (InboundUpdate.Read(element.GetRawText(), receivedAt) is { } update)
                {
                    updates.Add(update);
                }
                else
                {
                    LogUnreadable(logger, element.GetRawText().Length);
                }
            }

            // Stored before the next getUpdates confirms them; a failure here repeats the same poll.
            await storeRetry.ExecuteAsync(async ct => await intake.AcceptAsync(updates, ct), cancellationToken);
            if (updates.Count > 0)
            {
                offset = Math.Max(offset, updates.Max(u => u.UpdateId) + 1);
            }
            else if (batch.Length > 0)
            {
                // Nothing in the batch can be acknowledged: without a pause this would ask again at once, for ever.
                await Task.Delay(settings.MaxRetryDelay, time, cancellationToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped an element of getUpdates without an update_id ({Length} characters)")]
    private static partial void LogUnreadable(ILogger logger, int length);
}
