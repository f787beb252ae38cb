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

    /// <returns>The update ids, by student (from the plan's first chat) and question (from 0).</returns>
    public static async Task<long[][]> OfferAsync(FakeBotApi fake, OfferPlan plan, double rate, CancellationToken cancellationToken)
    {
        var ids = new long[plan.Students][];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = new long[plan.MessagesPerStudent];
        }

        var next = 0;
        if (rate <= 0)
        {
            while (next < plan.Count)
            {
                Offer(fake, plan, ids, next++);
            }

            return ids;
        }

        using var timer = new PeriodicTimer(Tick);
        var start = Stopwatch.GetTimestamp();
        do
        {
            // The first update goes at once, then one every 1/rate seconds on average.
            var due = (int)Math.Min(plan.Count, (Stopwatch.GetElapsedTime(start).TotalSeconds * rate) + 1);
            while (next < due)
            {
                Offer(fake, plan, ids, next++);
            }
        }
        while (next < plan.Count && await timer.WaitForNextTickAsync(cancellationToken));

        return ids;
    }

    private static void Offer(FakeBotApi fake, OfferPlan plan, long[][] ids, int index)
    {
        var (chatId, question) = plan.At(index);
        ids[chatId - plan.FirstChatId][question - 1] = fake.SendText(chatId, OfferPlan.Text(chatId, question));
    }
}
