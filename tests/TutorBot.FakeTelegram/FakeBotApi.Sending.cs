using System.Diagnostics;

namespace TutorBot.FakeTelegram;

// What the bot sends: validated like Telegram, rate-limited, recorded.
public sealed partial class FakeBotApi
{
    private readonly Lock _sentLock = new();
    private readonly SendRateLimiter _limiter;
    private readonly AppendOnlyLog<SentMessage> _sent = new();
    private readonly Dictionary<long, AppendOnlyLog<SentMessage>> _sentByChat = [];
    private TaskCompletionSource? _sentChanged;
    private long _lastMessageId;
    private int _rateLimitRefusals;

    /// <summary>Raised after each accepted sendMessage, on the request's thread (keep handlers short).</summary>
    public event Action<SentMessage>? MessageSent;

    /// <summary>Accepted sendMessage calls and editMessageText calls (Edited = true), in acceptance order.</summary>
    public IReadOnlyList<SentMessage> Sent => _sent.Snapshot();

    /// <summary>429s the fake answered because the bot exceeded a limit (scripted faults are not counted).</summary>
    public int RateLimitRefusals => Volatile.Read(ref _rateLimitRefusals);

    public IReadOnlyList<SentMessage> SentTo(long chatId)
    {
        lock (_sentLock)
        {
            return _sentByChat.TryGetValue(chatId, out var log) ? log.Snapshot() : [];
        }
    }

    /// <summary>
    /// Waits until <paramref name="done"/> holds for <see cref="Sent"/> and returns that snapshot; throws a
    /// <see cref="TimeoutException"/> saying what was sent when it does not happen within <paramref name="timeout"/>.
    /// </summary>
    public async Task<IReadOnlyList<SentMessage>> WaitForSentAsync(Func<IReadOnlyList<SentMessage>, bool> done, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(done);
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            Task changed;
            IReadOnlyList<SentMessage> sent;
            lock (_sentLock)
            {
                sent = _sent.Snapshot();
                _sentChanged ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                changed = _sentChanged.Task;
            }

            if (done(sent))
            {
                return sent;
            }

            var remaining = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), deadline);
            if (remaining <= TimeSpan.Zero)
            {
                throw new TimeoutException(DescribeTimeout(sent, timeout));
            }

            try
            {
                await changed.WaitAsync(remaining);
            }
            catch (TimeoutException)
            {
                // One last look: the condition may have become true just as time ran out.
                sent = Sent;
                return done(sent) ? sent : throw new TimeoutException(DescribeTimeout(sent, timeout));
            }
        }
    }

    private string DescribeTimeout(IReadOnlyList<SentMessage> sent, TimeSpan timeout)
    {
        var last = sent.Count == 0
            ? "none"
            : string.Join("; ", sent.Skip(Math.Max(0, sent.Count - 3)).Select(m => $"chat {m.ChatId}: \"{Shorten(m.Text)}\""));
        return $"The bot's messages did not match within {timeout}: {sent.Count} sent so far (last: {last}), " +
            $"{RateLimitRefusals} refused by rate limits, {_calls.Count} API calls.";
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";

    private ApiResult SendMessage(BotApiRequest request)
    {
        if (TargetChat(request, out var chatId) is { } refused)
        {
            return refused;
        }

        if (CheckText(request, out var text, out var parseMode, out var plain) is { } invalid)
        {
            return invalid;
        }

        SentMessage message;
        TaskCompletionSource? changed;
        lock (_sentLock)
        {
            var now = Stopwatch.GetTimestamp();
            if (Options.EnforceLimits && !_limiter.TryAccept(chatId, now))
            {
                Interlocked.Increment(ref _rateLimitRefusals);
                return ApiResult.TooManyRequests(Options.RetryAfterSeconds);
            }

            message = new SentMessage(NextMessageId(), chatId, text, parseMode, request.GetJson("reply_markup"), Edited: false, now);
            changed = RecordLocked(message);
        }

        changed?.TrySetResult();
        MessageSent?.Invoke(message);
        return ApiResult.Ok(BotMessage(message.MessageId, chatId, plain));
    }

    private ApiResult EditMessageText(BotApiRequest request)
    {
        if (request.GetString("inline_message_id") is { Length: > 0 })
        {
            // Inline messages are not modelled: accept like Telegram does (it answers true for them).
            return CheckText(request, out _, out _, out _) ?? ApiResult.True;
        }

        if (TargetChat(request, out var chatId) is { } refused)
        {
            return refused;
        }

        if (CheckText(request, out var text, out var parseMode, out var plain) is { } invalid)
        {
            return invalid;
        }

        if (request.GetLong("message_id") is not { } messageId)
        {
            return ApiResult.BadRequest("message identifier is not specified");
        }

        TaskCompletionSource? changed;
        lock (_sentLock)
        {
            changed = RecordLocked(new SentMessage(messageId, chatId, text, parseMode, request.GetJson("reply_markup"), Edited: true, Stopwatch.GetTimestamp()));
        }

        changed?.TrySetResult();
        var result = BotMessage(messageId, chatId, plain);
        result["edit_date"] = _json.Now;
        return ApiResult.Ok(result);
    }

    /// <summary>Returns the signal to raise once the lock is released.</summary>
    private TaskCompletionSource? RecordLocked(SentMessage message)
    {
        _sent.Add(message);
        if (!_sentByChat.TryGetValue(message.ChatId, out var chat))
        {
            chat = new AppendOnlyLog<SentMessage>();
            _sentByChat.Add(message.ChatId, chat);
        }

        chat.Add(message);
        var changed = _sentChanged;
        _sentChanged = null;
        return changed;
    }

    private long NextMessageId() => Interlocked.Increment(ref _lastMessageId);
}
