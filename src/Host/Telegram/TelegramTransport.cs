using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;
using TutorBot.Application.Delivery.GetLastUpdateId;
using TutorBot.Application.Delivery.GetPendingUpdates;
using TutorBot.Host.Telegram.Processing;
using TutorBot.Host.Telegram.Receiving;
using TutorBot.Host.Telegram.Sending;

namespace TutorBot.Host.Telegram;

/// <summary>
/// The bot in Telegram, from start to stop: who am I, deliver what was left undelivered, handle what was
/// left unhandled, then receive (long polling, or a webhook) until asked to stop; then finish what is in
/// hand and leave the rest, safely stored, for the next start. Meanwhile <see cref="DeliveryRetention"/> deletes
/// what was handled and delivered long ago.
/// </summary>
internal sealed partial class TelegramTransport(
    ITelegramBotClient bot,
    BotIdentity identity,
    TelegramPoller poller,
    WebhookServer webServer,
    UpdateDispatcher dispatcher,
    UpdateBatcher batcher,
    OutboxSender sender,
    DeliveryRetention retention,
    TransportHealth health,
    IServiceScopeFactory scopes,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramTransport> logger)
{
    /// <summary>How long work in hand may take to finish when the bot stops.</summary>
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var stopPurging = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // On the thread pool: SQLite's "async" calls complete synchronously, and a first purge of a large backlog must
        // not hold up the start.
        var purging = Task.Run(() => retention.RunAsync(stopPurging.Token), CancellationToken.None);
        WebApplication? web = null;
        try
        {
            var me = await TelegramRetry.Forever("getMe", settings.MaxRetryDelay, health, logger, time)
                .ExecuteAsync(async ct => await bot.GetMe(ct), cancellationToken);
            identity.Set(me.Id, me.Username ?? string.Empty);
            health.RecordSuccess();

            await sender.ResumeAsync(cancellationToken);
            batcher.Start();
            var lastStored = await ResumeUpdatesAsync(cancellationToken);

            if (settings.ServesHttp)
            {
                web = await webServer.StartAsync(cancellationToken);
            }

            if (settings.UsesWebhook)
            {
                await TelegramRetry.Forever("setWebhook", settings.MaxRetryDelay, health, logger, time).ExecuteAsync(
                    async ct => await bot.SetWebhook(
                        settings.WebhookUrl!, secretToken: settings.WebhookSecret, allowedUpdates: AllowedUpdateTypes, cancellationToken: ct),
                    cancellationToken);
                health.RecordSuccess();
                health.Mode = "webhook";
                LogRunning(logger, me.Username ?? me.FirstName, "webhook");
                await Task.Delay(Timeout.InfiniteTimeSpan, time, cancellationToken);
            }
            else
            {
                // getUpdates answers 409 while a webhook is set; removing it keeps its pending updates.
                await TelegramRetry.Forever("deleteWebhook", settings.MaxRetryDelay, health, logger, time).ExecuteAsync(
                    async ct => await bot.DeleteWebhook(dropPendingUpdates: false, cancellationToken: ct), cancellationToken);
                health.RecordSuccess();
                health.Mode = "long polling";
                LogRunning(logger, me.Username ?? me.FirstName, "long polling");
                await poller.RunAsync(lastStored, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            await stopPurging.CancelAsync();
            await purging;
            if (web is not null)
            {
                await web.StopAsync(CancellationToken.None);
                await web.DisposeAsync();
            }

            await dispatcher.StopAsync(StopGrace);
            await batcher.StopAsync();
            await sender.StopAsync(StopGrace);
            LogStopped(logger, dispatcher.Backlog, sender.Backlog);
        }
    }

    private static readonly UpdateType[] AllowedUpdateTypes =
    [
        UpdateType.Message,
        UpdateType.EditedMessage,
        UpdateType.CallbackQuery,
    ];

    private async Task<long?> ResumeUpdatesAsync(CancellationToken cancellationToken)
    {
        var pending = await scopes.SendAsync(new GetPendingUpdatesQuery(), cancellationToken);
        dispatcher.Enqueue(pending.Select(p => InboundUpdate.FromStored(p.UpdateId, p.ChatId, p.Payload, p.ReceivedAtUtc)));
        if (pending.Count > 0)
        {
            LogResumed(logger, pending.Count);
        }

        return await scopes.SendAsync(new GetLastUpdateIdQuery(), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "TutorBot is running in Telegram as @{Username} ({Mode}). Press Ctrl+C to stop.")]
    private static partial void LogRunning(ILogger logger, string username, string mode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Resuming {Count} unhandled update(s) from the inbox")]
    private static partial void LogResumed(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopped; left for the next start: {Updates} update(s), {Messages} message(s)")]
    private static partial void LogStopped(ILogger logger, int updates, int messages);
}
