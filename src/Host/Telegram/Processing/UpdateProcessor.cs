using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Common.Options;
using TutorBot.Application.Delivery.CompleteUpdates;
using TutorBot.Domain.Delivery;
using TutorBot.Host.Bot;
using TutorBot.Host.Telegram.Receiving;
using TutorBot.Host.Telegram.Sending;

namespace TutorBot.Host.Telegram.Processing;

/// <summary>
/// Handles one update (or the parts of one paste): what it changes, its replies and the mark that it is done
/// are stored in one transaction (see <see cref="UpdateWriter"/>), so after a crash an update is handled again
/// from scratch, never half or twice. Telegram is called only before (the button spinner, the typing dots)
/// and after (the sender) that transaction.
/// </summary>
internal sealed partial class UpdateProcessor(
    IServiceScopeFactory scopes,
    BotRouter router,
    UpdateWriter writer,
    UpdateBatcher batcher,
    TypingIndicator typing,
    ITelegramBotClient bot,
    MessageRateGuard rateGuard,
    IOptions<LimitsOptions> limits,
    TimeProvider time,
    ILogger<UpdateProcessor> logger)
{
    internal const string FailureReply = "Sorry, something went wrong on my side with your last message. Please send it again.";

    private const int Attempts = 3;

    public async Task ProcessAsync(IReadOnlyList<InboundUpdate> updates, UpdateAction action, CancellationToken cancellationToken)
    {
        if (action is UpdateAction.Handle { CallbackQueryId: { } queryId })
        {
            await AnswerButtonAsync(queryId, cancellationToken);
        }

        action = ApplyRateLimit(action, updates[0].ReceivedAtUtc);
        await using var typingDots = action is UpdateAction.Handle handle ? typing.Start(handle.ChatId, cancellationToken) : null;
        if (action is UpdateAction.Handle question)
        {
            // The model is waited on here, before the update's transaction, never inside it.
            action = question with { AskedAhead = await router.AskAheadAsync(question.Message, cancellationToken) };
        }

        if (await batcher.TryWriteAsync(updates, action, cancellationToken))
        {
            return;
        }

        // Alone, with a few more tries: a batch failure says little about this update.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await WriteAloneAsync(updates, action, cancellationToken);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException && attempt < Attempts)
            {
                LogRetry(logger, e, updates[0].UpdateId, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), time, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogGivenUp(logger, e, updates[0].UpdateId, Attempts);
                await GiveUpAsync(updates, action, cancellationToken);
                return;
            }
        }
    }

    private async Task WriteAloneAsync(IReadOnlyList<InboundUpdate> updates, UpdateAction action, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        WrittenUpdate written;
        await using (var transaction = await services.GetRequiredService<IDatabaseTransactions>().BeginWriteAsync(cancellationToken))
        {
            written = await writer.WriteAsync(services, updates, action, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        writer.Send(written);
    }

    private UpdateAction ApplyRateLimit(UpdateAction action, DateTime receivedAtUtc)
    {
        var (chatId, studentId) = action switch
        {
            UpdateAction.Handle h => (h.ChatId, h.StudentId),
            UpdateAction.TextOnly t => (t.ChatId, t.StudentId),
            _ => (0L, 0L),
        };
        if (studentId == 0)
        {
            return action;
        }

        return rateGuard.Check(studentId, receivedAtUtc) switch
        {
            RateDecision.WarnAndSkip => new UpdateAction.SlowDown(chatId, limits.Value.MessagesPerMinute),
            RateDecision.Skip => new UpdateAction.Ignore("over the message rate"),
            _ => action,
        };
    }

    /// <summary>Stops the button's spinner. Best effort: an old query (after a restart) can no longer be answered.</summary>
    private async Task AnswerButtonAsync(string queryId, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await bot.AnswerCallbackQuery(queryId, cancellationToken: timeout.Token);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogButtonAnswerFailed(logger, e);
        }
    }

    /// <summary>
    /// After repeated failures the update is closed with an apology, so that one poisonous update cannot
    /// block its chat for ever. If even that cannot be stored, it stays in the inbox for the next start.
    /// </summary>
    private async Task GiveUpAsync(IReadOnlyList<InboundUpdate> updates, UpdateAction action, CancellationToken cancellationToken)
    {
        var chatId = action switch
        {
            UpdateAction.Handle h => h.ChatId,
            UpdateAction.TextOnly t => t.ChatId,
            UpdateAction.SlowDown s => s.ChatId,
            _ => (long?)null,
        };
        try
        {
            var replies = chatId is { } chat ? OutgoingReplies.For(chat, [new BotReply(FailureReply)]) : [];
            var ids = await scopes.SendAsync(
                new CompleteUpdatesCommand([.. updates.Select(u => u.UpdateId)], UpdateOutcome.Rejected, replies), cancellationToken);
            writer.Send(new WrittenUpdate(replies, ids));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogStuck(logger, e, updates[0].UpdateId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Handling update {UpdateId} failed (attempt {Attempt}); trying again")]
    private static partial void LogRetry(ILogger logger, Exception exception, long updateId, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling update {UpdateId} failed {Attempts} times; it is closed with an apology")]
    private static partial void LogGivenUp(ILogger logger, Exception exception, long updateId, int attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Update {UpdateId} could not even be closed; it stays in the inbox for the next start")]
    private static partial void LogStuck(ILogger logger, Exception exception, long updateId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Could not answer a button press")]
    private static partial void LogButtonAnswerFailed(ILogger logger, Exception exception);
}
