using System.Diagnostics;
using TutorBot.FakeTelegram;

namespace TutorBot.LoadGenerator;

/// <summary>Puts the students' messages into the fake's update queue, where the bot's getUpdates finds them.</summary>
internal static class Offering
{
    /// <summary>
    /// Timer period of the open-loop pacing. Each tick offers whatever the schedule says is due by then, so a
    /// late tick catches up instead of slowing the rate down (open loop: the bot's speed never paces the offers).
    /// </summary>
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(5);

    public static async Task<OfferLog> OfferAsync(FakeBotApi fake, OfferPlan plan, double rate, CancellationToken cancellationToken)
    {
        var log = new OfferLog(plan);
        var next = 0;
        if (rate <= 0)
        {
            while (next < plan.Count)
            {
                Offer(fake, plan, log, next++);
            }

            return log;
        }

        using var timer = new PeriodicTimer(Tick);
        var start = Stopwatch.GetTimestamp();
        do
        {
            // The first update goes at once, then one every 1/rate seconds on average.
            var due = (int)Math.Min(plan.Count, (Stopwatch.GetElapsedTime(start).TotalSeconds * rate) + 1);
            while (next < due)
            {
                Offer(fake, plan, log, next++);
            }
        }
        while (next < plan.Count && await timer.WaitForNextTickAsync(cancellationToken));

        return log;
    }

    private static void Offer(FakeBotApi fake, OfferPlan plan, OfferLog log, int index)
    {
        var (chatId, question) = plan.At(index);
        var student = (int)(chatId - plan.FirstChatId);
        log.QueuedAt[student][question - 1] = Stopwatch.GetTimestamp();
        log.UpdateIds[student][question - 1] = fake.SendText(chatId, OfferPlan.Text(chatId, question));
    }
}

/// <summary>What was offered: update ids and when each was queued at the fake, by student (from 0) and question (from 0).</summary>
internal sealed class OfferLog
{
    public OfferLog(OfferPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        UpdateIds = Grid(plan);
        QueuedAt = Grid(plan);
    }

    public long[][] UpdateIds { get; }

    /// <summary>Stopwatch timestamps, comparable with the fake's.</summary>
    public long[][] QueuedAt { get; }

    private static long[][] Grid(OfferPlan plan)
    {
        var grid = new long[plan.Students][];
        for (var i = 0; i < grid.Length; i++)
        {
            grid[i] = new long[plan.MessagesPerStudent];
        }

        return grid;
    }
}
