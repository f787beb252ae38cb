using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace TutorBot.Host.Telegram.Sending;

/// <summary>
/// Telegram's limits on the bot's own messages: about 1 per second to a chat and 30 per second overall.
/// Staying under them is cheaper than meeting 429s, which can ban a bot for minutes.
/// </summary>
internal sealed class SendRateLimits : IDisposable
{
    /// <summary>
    /// The share of each configured rate actually used. Telegram counts a message when it arrives, and a
    /// network hiccup or a pause in this process can bunch messages taken at an even pace; a 3 % margin absorbs
    /// that and keeps the bot above 95 % of the rate.
    /// </summary>
    internal const double PacingShare = 0.97;

    private readonly TokenBucketRateLimiter? _overall;
    private readonly TimeSpan _perChatSpacing;
    private readonly ConcurrentDictionary<long, long> _lastSendPerChat = new();
    private readonly TimeProvider _time;
    private readonly long _startedAt;
    private int _sinceCleanup;

    public SendRateLimits(IOptions<TelegramOptions> options, TimeProvider time)
    {
        _time = time;
        _startedAt = time.GetTimestamp();
        var settings = options.Value;
        if (settings.MessagesPerSecond > 0)
        {
            // One token at a time, refilled every 1/rate seconds: no burst above the rate in any second.
            _overall = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = 1,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1 / (settings.MessagesPerSecond * PacingShare)),
                QueueLimit = int.MaxValue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            });
        }

        _perChatSpacing = settings.MessagesPerSecondPerChat > 0
            ? TimeSpan.FromSeconds(1 / (settings.MessagesPerSecondPerChat * PacingShare))
            : TimeSpan.Zero;
    }

    /// <summary>
    /// Waits until one more message may go to <paramref name="chatId"/>. Each chat's messages are sent one at
    /// a time (its lane), so the per-chat limit is exact spacing from that chat's last send: a token bucket
    /// refills on its own clock and would let two messages through milliseconds apart, which Telegram refuses.
    /// </summary>
    public async Task AcquireAsync(long chatId, CancellationToken cancellationToken)
    {
        if (_perChatSpacing > TimeSpan.Zero)
        {
            // A chat not sent to yet may have been sent to by the previous run a moment ago (a restart).
            var last = _lastSendPerChat.TryGetValue(chatId, out var sent) ? sent : _startedAt;
            var wait = _perChatSpacing - _time.GetElapsedTime(last);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, _time, cancellationToken);
            }
        }

        if (_overall is not null)
        {
            using var lease = await _overall.AcquireAsync(1, cancellationToken);
        }

        if (_perChatSpacing > TimeSpan.Zero)
        {
            _lastSendPerChat[chatId] = _time.GetTimestamp();
            ForgetQuietChats();
        }
    }

    public void Dispose() => _overall?.Dispose();

    /// <summary>A chat whose last message is older than the spacing needs no memory; keeps the map small.</summary>
    private void ForgetQuietChats()
    {
        if (Interlocked.Increment(ref _sinceCleanup) % 10_000 != 0)
        {
            return;
        }

        foreach (var (chatId, last) in _lastSendPerChat)
        {
            if (_time.GetElapsedTime(last) > _perChatSpacing)
            {
                _lastSendPerChat.TryRemove(new KeyValuePair<long, long>(chatId, last));
            }
        }
    }
}
