using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Extensions;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;
using TutorBot.Application.Common.Exceptions;
using TutorBot.Application.Delivery.GetPendingOutbox;
using TutorBot.Application.Delivery.MarkOutboxFailed;
using TutorBot.Application.Students.DeactivateStudent;
using TutorBot.Domain.Delivery;

namespace TutorBot.Host.Telegram.Sending;

/// <summary>
/// Delivers the outbox: each chat's messages in order, many chats at once, within Telegram's limits.
/// Transient failures and 429s are retried for that chat only; a chat that blocked the bot is given up.
/// No database transaction is open while Telegram is called.
/// </summary>
internal sealed partial class OutboxSender : IDisposable
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(30);

    private readonly ITelegramBotClient _bot;
    private readonly SendRateLimits _limits;
    private readonly SentLog _sentLog;
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<OutboxSender> _logger;
    private readonly SemaphoreSlim _slots;
    private readonly ChatLanes<OutboundMessage> _lanes;
    private readonly ResiliencePipeline _retry;

    public OutboxSender(
        ITelegramBotClient bot,
        SendRateLimits limits,
        SentLog sentLog,
        IServiceScopeFactory scopes,
        IOptions<TelegramOptions> options,
        TimeProvider time,
        ILogger<OutboxSender> logger)
    {
        _bot = bot;
        _limits = limits;
        _sentLog = sentLog;
        _scopes = scopes;
        _logger = logger;
        _slots = new SemaphoreSlim(options.Value.MaxConcurrentSends);
        _lanes = new ChatLanes<OutboundMessage>(m => m.Id, DrainAsync, logger);
        _retry = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder()
                    .Handle<ApiRequestException>(e => e.ErrorCode is 429 or >= 500)
                    .Handle<RequestException>(e => e is not ApiRequestException)
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutException>(),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(500),
                MaxDelay = options.Value.MaxRetryDelay,

                // Telegram says how long this chat must wait; waiting exactly that long is what it asks for.
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Exception is ApiRequestException { ErrorCode: 429, Parameters.RetryAfter: { } seconds }
                        ? TimeSpan.FromSeconds(seconds)
                        : (TimeSpan?)null),
                OnRetry = args =>
                {
                    LogRetry(_logger, TelegramRetry.Describe(args.Outcome.Exception), args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    public int Backlog => _lanes.Backlog;

    public void Enqueue(IEnumerable<OutboundMessage> messages)
    {
        foreach (var message in messages)
        {
            _lanes.Enqueue(message.ChatId, message);
        }
    }

    /// <summary>Picks up whatever a previous run stored but did not deliver.</summary>
    public async Task ResumeAsync(CancellationToken cancellationToken)
    {
        _sentLog.Start();
        var pending = await _scopes.SendAsync(new GetPendingOutboxQuery(), cancellationToken);
        Enqueue(pending.Select(m => new OutboundMessage(m.Id, m.ChatId, m.Text, m.Format, m.Buttons)));
        if (pending.Count > 0)
        {
            LogResumed(_logger, pending.Count);
        }
    }

    public async Task StopAsync(TimeSpan grace)
    {
        await _lanes.StopAsync(grace);
        await _sentLog.StopAsync();
    }

    public void Dispose()
    {
        _lanes.Dispose();
        _slots.Dispose();
    }

    private async Task DrainAsync(ChatLane<OutboundMessage> lane, CancellationToken cancellationToken)
    {
        var message = lane.PeekAt(0)!;
        try
        {
            await _retry.ExecuteAsync(async ct => await SendAsync(message, ct), cancellationToken);
            _sentLog.Add(message.Id);
            lane.Take([message]);
        }
        catch (ApiRequestException e) when (e.ErrorCode == 403)
        {
            // Blocked (or removed from the group): permanent for this chat, so nothing waiting for it is sent.
            var abandoned = Enumerable.Range(0, lane.Count).Select(i => lane.PeekAt(i)!).ToList();
            await GiveUpAsync(message.ChatId, [.. abandoned.Select(m => m.Id)], "the chat blocked the bot", studentBlocked: message.ChatId > 0, cancellationToken);
            lane.Take(abandoned);
        }
        catch (ApiRequestException e) when (e.ErrorCode == 400)
        {
            // Telegram will refuse this message however often it is sent.
            await GiveUpAsync(message.ChatId, [message.Id], e.Message, studentBlocked: false, cancellationToken);
            lane.Take([message]);
        }
    }

    private async Task SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        await _limits.AcquireAsync(message.ChatId, cancellationToken);
        await _slots.WaitAsync(cancellationToken);

        // The deadline covers the call only: time spent waiting for the limits above is not the server's.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(CallTimeout);
        try
        {
            await SendNowAsync(message, deadline.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Telegram did not answer within {CallTimeout.TotalSeconds:0} s.");
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task SendNowAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        var markup = message.Buttons is { Count: > 0 } rows
            ? new InlineKeyboardMarkup(rows.Select(row => row.Select(b => InlineKeyboardButton.WithCallbackData(b.Label, b.Data))))
            : null;
        if (message.Format == TextFormat.Html)
        {
            try
            {
                await _bot.SendMessage(message.ChatId, message.Text, ParseMode.Html, replyMarkup: markup, cancellationToken: cancellationToken);
                return;
            }
            catch (ApiRequestException e) when (e.ErrorCode == 400 && TelegramHtml.IsEntityParseError(e.Message))
            {
                // Better the words without their formatting than no message at all.
                LogPlainRetry(_logger, message.Id, e.Message);
                await _bot.SendMessage(message.ChatId, HtmlText.ToPlain(message.Text), replyMarkup: markup, cancellationToken: cancellationToken);
                return;
            }
        }

        await _bot.SendMessage(message.ChatId, message.Text, replyMarkup: markup, cancellationToken: cancellationToken);
    }

    private async Task GiveUpAsync(long chatId, List<long> outboxIds, string reason, bool studentBlocked, CancellationToken cancellationToken)
    {
        LogGivenUp(_logger, outboxIds.Count, chatId, reason);
        await _scopes.SendAsync(new MarkOutboxFailedCommand(outboxIds, reason), cancellationToken);
        if (studentBlocked)
        {
            try
            {
                await _scopes.SendAsync(new DeactivateStudentCommand(chatId), cancellationToken);
            }
            catch (NotFoundException)
            {
                // A private chat whose user never became a student (e.g. only sent a photo): nothing to mark.
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending failed: {Problem}; retrying in {Delay}")]
    private static partial void LogRetry(ILogger logger, string problem, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {OutboxId} had HTML Telegram could not parse ({Problem}); sent as plain text")]
    private static partial void LogPlainRetry(ILogger logger, long outboxId, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gave up {Count} message(s) to chat {ChatId}: {Reason}")]
    private static partial void LogGivenUp(ILogger logger, int count, long chatId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Resuming {Count} undelivered message(s) from the outbox")]
    private static partial void LogResumed(ILogger logger, int count);
}
