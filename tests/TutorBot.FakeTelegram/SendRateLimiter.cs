using System.Diagnostics;

namespace TutorBot.FakeTelegram;

/// <summary>
/// Telegram's flood limits as sliding windows: a message is refused when, with it, more than N accepted messages
/// would fall inside one window. Each scope keeps only the timestamps of its last N accepted messages (a ring), so
/// a check is O(1) however long the test runs.
/// </summary>
internal sealed class SendRateLimiter(int perChat, int global, TimeSpan window)
{
    private readonly long _windowTicks = (long)(window.TotalSeconds * Stopwatch.Frequency);
    private readonly Ring _global = new(global);
    private readonly Dictionary<long, Ring> _chats = [];

    /// <summary>Records the message and returns true when both the chat and the global budget allow it. Callers serialise calls.</summary>
    public bool TryAccept(long chatId, long now)
    {
        if (!_chats.TryGetValue(chatId, out var chat))
        {
            chat = new Ring(perChat);
            _chats.Add(chatId, chat);
        }

        if (!chat.Allows(now, _windowTicks) || !_global.Allows(now, _windowTicks))
        {
            return false;
        }

        chat.Add(now);
        _global.Add(now);
        return true;
    }

    private sealed class Ring(int capacity)
    {
        private readonly long[] _stamps = new long[Math.Max(capacity, 0)];
        private int _next;
        private int _count;

        // With the ring full, the slot about to be overwritten is the oldest of the last N: if it is still inside
        // the window, this message would be the (N+1)th there.
        public bool Allows(long now, long windowTicks) =>
            _stamps.Length > 0 && (_count < _stamps.Length || now - _stamps[_next] >= windowTicks);

        public void Add(long now)
        {
            _stamps[_next] = now;
            _next = (_next + 1) % _stamps.Length;
            _count = Math.Min(_count + 1, _stamps.Length);
        }
    }
}
