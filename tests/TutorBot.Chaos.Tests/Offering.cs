using System.Diagnostics;
using TutorBot.FakeTelegram;

namespace TutorBot.Chaos.Tests;

/// <summary>
/// Offers the planned updates at the fake in plan order, open loop: at a steady pace, and in bursts while the bot is
/// dead. The students go on writing whether the bot is up, starting or dead; the fake queues it like Telegram does.
/// </summary>
internal sealed class Offering(FakeBotApi fake, IReadOnlyList<PlannedUpdate> updates)
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(20);

    private readonly Lock _lock = new();
    private readonly List<OfferedPlan> _offered = [];

    /// <summary>How many have been offered so far.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _offered.Count;
            }
        }
    }

    public bool IsComplete => Count == updates.Count;

    /// <summary>Each update with the id the fake gave it and when it was offered; read it once the offering is over.</summary>
    public IReadOnlyList<OfferedPlan> Offered => _offered;

    /// <summary>Offers the first <paramref name="count"/> updates at a steady pace, the last at <paramref name="duration"/> from now.</summary>
    public async Task RunAsync(int count, TimeSpan duration, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        using var timer = new PeriodicTimer(Tick);
        while (Count < count)
        {
            var share = Math.Min(1, Stopwatch.GetElapsedTime(start) / duration);
            OfferUpTo(Math.Max(1, (int)Math.Ceiling(share * count)));
            if (Count < count)
            {
                await timer.WaitForNextTickAsync(cancellationToken);
            }
        }
    }

    /// <summary>Offers the next <paramref name="count"/> updates at once (fewer when the plan runs out).</summary>
    public void OfferNext(int count)
    {
        lock (_lock)
        {
            OfferUpTo(_offered.Count + Math.Min(count, updates.Count - _offered.Count));
        }
    }

    private void OfferUpTo(int due)
    {
        // One at a time under the lock: the plan's order is each chat's order, and the two callers must not interleave.
        lock (_lock)
        {
            while (_offered.Count < Math.Min(due, updates.Count))
            {
                var update = updates[_offered.Count];
                var id = update.IsButton
                    ? fake.SendCallback(update.ChatId, update.Content, fromUserId: update.ChatId)
                    : fake.SendText(update.ChatId, update.Content, fromUserId: update.ChatId);
                _offered.Add(new OfferedPlan(id, update, Stopwatch.GetTimestamp()));
            }
        }
    }
}

/// <param name="Timestamp">When it was offered, a <see cref="Stopwatch.GetTimestamp"/> value like the fake's.</param>
internal sealed record OfferedPlan(long UpdateId, PlannedUpdate Update, long Timestamp);
