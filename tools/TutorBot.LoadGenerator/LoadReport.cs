using System.Diagnostics;
using TutorBot.FakeTelegram;

namespace TutorBot.LoadGenerator;

/// <summary>What one measured run came to; the table and the JSON document are both written from it.</summary>
internal sealed record LoadReport(
    string Mode,
    IReadOnlyList<string> BotArgs,
    int Students,
    int MessagesPerStudent,
    int Updates,
    int Offered,
    int Reoffered,
    int Replied,
    int Missing,
    int Duplicated,
    int Apologies,
    int SlowDowns,
    double WallTimeSeconds,
    double ThroughputPerSecond,
    double SustainedPerSecond,
    double? SustainedPercentOfLimit,
    int PeakRepliesInOneSecond,
    LatencyFigures LatencyMs,
    LatencyFigures WaitAtFakeMs,
    int RateLimitRefusals,
    IReadOnlyDictionary<string, int> ApiCalls,
    string BotExit,
    int BotExitCode,
    double? BotCpuSeconds,
    double GeneratorCpuSeconds,
    double? LoadAverageAtStart,
    bool TimedOut,
    IReadOnlyList<string> Problems)
{
    public bool Passed => Problems.Count == 0;

    /// <summary>
    /// Pairs replies with messages: the k-th message the bot sent to a chat answers the k-th message offered to that
    /// chat (each chat is handled in order and free text gets exactly one reply). A message's latency runs from the
    /// first time getUpdates handed its update to the bot until the fake accepted that reply.
    /// </summary>
    public static LoadReport From(LoadSettings settings, Measurement run)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(run);
        var plan = run.Plan;
        var firstOffered = FirstOffers(run, out var reoffered);
        var replies = RepliesByChat(plan, run.Sent);

        var latencies = new List<double>(plan.Count);
        var waits = new List<double>(plan.Count);
        var replyTimes = new List<long>(plan.Count);
        int replied = 0, missing = 0, duplicated = 0, apologies = 0, slowDowns = 0;
        long firstReply = long.MaxValue, lastReply = long.MinValue;
        var wrongChats = new List<long>();
        for (var chat = 0; chat < plan.Students; chat++)
        {
            var chatReplies = replies[chat];
            duplicated += Math.Max(0, chatReplies.Count - plan.MessagesPerStudent);
            if (chatReplies.Count != plan.MessagesPerStudent)
            {
                wrongChats.Add(plan.FirstChatId + chat);
            }

            apologies += chatReplies.Count(r => r.Text.StartsWith("Sorry", StringComparison.Ordinal));
            slowDowns += chatReplies.Count(r => r.Text.Contains("slow down", StringComparison.OrdinalIgnoreCase));
            for (var question = 0; question < plan.MessagesPerStudent; question++)
            {
                var offered = firstOffered.TryGetValue(run.Offers.UpdateIds[chat][question], out var at) ? at : (long?)null;
                if (offered is not null)
                {
                    waits.Add(Stopwatch.GetElapsedTime(run.Offers.QueuedAt[chat][question], offered.Value).TotalMilliseconds);
                }

                if (question >= chatReplies.Count)
                {
                    missing++;
                    continue;
                }

                replied++;
                var reply = chatReplies[question].Timestamp;
                replyTimes.Add(reply);
                firstReply = Math.Min(firstReply, reply);
                lastReply = Math.Max(lastReply, reply);
                if (offered is not null)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(offered.Value, reply).TotalMilliseconds);
                }
            }
        }

        var start = firstOffered.Count > 0 ? firstOffered.Values.Min() : 0;
        var wall = replied > 0 ? Stopwatch.GetElapsedTime(start, lastReply).TotalSeconds : 0;
        var sustained = replied > 1 ? (replied - 1) / Stopwatch.GetElapsedTime(firstReply, lastReply).TotalSeconds : 0;

        return new LoadReport(
            settings.Mode,
            settings.BotArgs,
            plan.Students,
            plan.MessagesPerStudent,
            plan.Count,
            firstOffered.Count,
            reoffered,
            replied,
            missing,
            duplicated,
            apologies,
            slowDowns,
            wall,
            wall > 0 ? replied / wall : 0,
            sustained,
            settings.LimitsOn ? 100 * sustained / LoadSettings.TelegramMessagesPerSecond : null,
            PeakInOneSecond(replyTimes),
            LatencyFigures.Of(latencies),
            LatencyFigures.Of(waits),
            run.RateLimitRefusals,
            run.ApiCalls,
            run.BotExit.Describe(),
            run.BotExit.ExitCode,
            run.BotCpu?.TotalSeconds,
            run.GeneratorCpu.TotalSeconds,
            run.LoadAverageAtStart,
            run.TimedOut,
            FindProblems(settings, run, missing, duplicated, apologies + slowDowns, wrongChats));
    }

    private static List<string> FindProblems(
        LoadSettings settings, Measurement run, int missing, int duplicated, int wrongReplies, List<long> wrongChats)
    {
        const int Shown = 10;
        var problems = new List<string>();
        if (missing > 0)
        {
            problems.Add($"{missing} message(s) got no reply" + (run.TimedOut ? $" within {settings.Timeout}" : string.Empty));
        }

        if (duplicated > 0)
        {
            problems.Add($"{duplicated} reply(ies) more than messages: answered twice");
        }

        if (wrongChats.Count > 0)
        {
            problems.Add($"{wrongChats.Count} chat(s) with a wrong number of replies, e.g. chat(s) {string.Join(", ", wrongChats.Take(Shown))}");
        }

        if (wrongReplies > 0)
        {
            problems.Add($"{wrongReplies} apology or slow-down reply(ies) instead of answers");
        }

        if (!run.BotExit.IsClean)
        {
            problems.Add("the bot " + run.BotExit.Describe());
        }

        return problems;
    }

    /// <summary>The most replies that reached the fake within any one second: what Telegram's global limit looks at.</summary>
    private static int PeakInOneSecond(List<long> replyTimes)
    {
        replyTimes.Sort();
        var peak = 0;
        for (int first = 0, last = 0; last < replyTimes.Count; last++)
        {
            while (Stopwatch.GetElapsedTime(replyTimes[first], replyTimes[last]) >= TimeSpan.FromSeconds(1))
            {
                first++;
            }

            peak = Math.Max(peak, last - first + 1);
        }

        return peak;
    }

    /// <summary>When each measured update was first handed to the bot; later offers are redeliveries.</summary>
    private static Dictionary<long, long> FirstOffers(Measurement run, out int reoffered)
    {
        var measured = run.Offers.UpdateIds.SelectMany(ids => ids).ToHashSet();
        var first = new Dictionary<long, long>(measured.Count);
        reoffered = 0;
        foreach (var offer in run.Offered)
        {
            if (measured.Contains(offer.UpdateId) && !first.TryAdd(offer.UpdateId, offer.OfferedTimestamp))
            {
                reoffered++;
            }
        }

        return first;
    }

    private static List<SentMessage>[] RepliesByChat(OfferPlan plan, IReadOnlyList<SentMessage> sent)
    {
        var byChat = new List<SentMessage>[plan.Students];
        for (var i = 0; i < byChat.Length; i++)
        {
            byChat[i] = new List<SentMessage>(plan.MessagesPerStudent);
        }

        foreach (var message in sent)
        {
            var index = message.ChatId - plan.FirstChatId;
            if (!message.Edited && index >= 0 && index < byChat.Length)
            {
                byChat[index].Add(message);
            }
        }

        return byChat;
    }
}

/// <summary>Percentiles of durations in milliseconds (nearest rank); all zero when there are none.</summary>
internal sealed record LatencyFigures(int Count, double P50, double P90, double P99, double Max, double Mean)
{
    public static LatencyFigures Of(List<double> latencies)
    {
        ArgumentNullException.ThrowIfNull(latencies);
        if (latencies.Count == 0)
        {
            return new LatencyFigures(0, 0, 0, 0, 0, 0);
        }

        latencies.Sort();
        return new LatencyFigures(
            latencies.Count, Rank(latencies, 0.50), Rank(latencies, 0.90), Rank(latencies, 0.99), latencies[^1], latencies.Average());
    }

    private static double Rank(List<double> sorted, double percentile) =>
        sorted[Math.Clamp((int)Math.Ceiling(percentile * sorted.Count) - 1, 0, sorted.Count - 1)];
}

/// <summary>The raw material of a report: what was offered, what the fake recorded, and how the bot fared.</summary>
internal sealed record Measurement(
    OfferPlan Plan,
    OfferLog Offers,
    IReadOnlyList<OfferedUpdate> Offered,
    IReadOnlyList<SentMessage> Sent,
    int RateLimitRefusals,
    IReadOnlyDictionary<string, int> ApiCalls,
    bool TimedOut,
    BotExit BotExit,
    TimeSpan? BotCpu,
    TimeSpan GeneratorCpu,
    double? LoadAverageAtStart);
