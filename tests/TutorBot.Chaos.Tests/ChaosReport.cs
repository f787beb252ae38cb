using System.Globalization;
using TutorBot.FakeTelegram;

namespace TutorBot.Chaos.Tests;

/// <summary>The figures of one chaos run, written to the test output whether it passed or not.</summary>
internal sealed record ChaosReport(
    int Seed,
    ChaosPlan Plan,
    IReadOnlyList<KillRecord> Kills,
    IReadOnlyList<int> OfferedWhileDown,
    int Runs,
    bool AllAnswered,
    int ExitCode,
    ChaosAudit Audit,
    TimeSpan WallTime)
{
    /// <summary>
    /// For each kill, the updates students sent between it and the next run's first successful getUpdates: what only the
    /// fake's queue held while the bot was dead or starting.
    /// </summary>
    public static List<int> CountOfferedWhileDown(IReadOnlyList<KillRecord> kills, IReadOnlyList<OfferedPlan> offered, IReadOnlyList<RecordedCall> calls)
    {
        var polls = calls.Where(c => c.Method == "getUpdates" && c.Status == 200).Select(c => c.Timestamp).Order().ToList();
        return
        [
            .. kills.Select(kill =>
            {
                var back = polls.Find(t => t > kill.Timestamp);
                return offered.Count(o => o.Timestamp > kill.Timestamp && (back == 0 || o.Timestamp < back));
            }),
        ];
    }

    public void WriteTo(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"Crash chaos, seed {Seed} (set CHAOS_SEED={Seed} to repeat it), {StressScale.Variable}={StressScale.Current}"));
        output.WriteLine(string.Create(c,
            $"students: {Plan.Askers.Count} asking {Plan.Askers[0].Updates.Count} questions each, " +
            $"{Plan.Learners.Count} taking lesson 1 ({Plan.Learners.Count(l => l.Finishes)} to the end); updates offered: {Plan.Updates.Count}"));
        output.WriteLine(string.Create(c, $"kills (SIGKILL): {Kills.Count}, bot runs: {Runs}"));
        foreach (var kill in Kills)
        {
            output.WriteLine(string.Create(c,
                $"  kill {kill.Number}: run {kill.Run} after {kill.AfterStart.TotalSeconds:0.0} s{(kill.DuringStartUp ? " (aimed at start-up)" : string.Empty)}, " +
                $"{kill.RunReplies} replies in that run, {kill.Replies} replies and {kill.Offered} offers so far, " +
                $"{OfferedWhileDown[kill.Number - 1]} offered while it was down; {Audit.Delivery.InFlight[kill.Number]} replies in flight (delivered, not yet recorded as sent), " +
                $"{DuplicatesAfter(kill)} of them delivered again later"));
        }

        output.WriteLine(string.Create(c, $"replies: {Audit.Replies} delivered for {Audit.StoredReplies} stored; updates handed out again after a kill: {Audit.Redeliveries}"));
        output.WriteLine(string.Create(c,
            $"duplicates: {Audit.Delivery.Duplicates.Count} for {Audit.Delivery.InFlight.Values.Sum()} replies in flight at {Kills.Count} kills; " +
            $"most in one chat: {Audit.Delivery.Duplicates.CountBy(d => d.ChatId).Select(p => p.Value).DefaultIfEmpty().Max()}; " +
            $"most deliveries of one reply: {1 + Audit.Delivery.Duplicates.CountBy(d => d.OutboxId).Select(p => p.Value).DefaultIfEmpty().Max()}"));
        foreach (var chat in Audit.Delivery.Duplicates.GroupBy(d => d.ChatId))
        {
            output.WriteLine(string.Create(c, $"  chat {chat.Key}: {chat.Count()} × {string.Join(" | ", chat.Select(d => $"\"{d.Preview}\"").Distinct())}"));
        }

        output.WriteLine(string.Create(c, $"all answered: {(AllAnswered ? "yes" : "NO")}; last run's exit code after SIGTERM: {ExitCode}"));
        Write(output, "lost or unanswered", Audit.Lost);
        Write(output, "duplicates no kill explains (not in flight at the kill before them, or re-sent twice by one run)", Audit.Delivery.Unexplained);
        Write(output, "unexpected messages", Audit.Delivery.Unexpected);
        Write(output, "conversation problems", Audit.Conversations);
        Write(output, "lesson problems", Audit.Lessons);
        Write(output, "left unfinished", Audit.Leftovers);
        output.WriteLine(string.Create(c, $"wall time: {WallTime.TotalSeconds:0.0} s"));
    }

    /// <summary>Replies in flight at <paramref name="kill"/> that a later run delivered again.</summary>
    public int DuplicatesAfter(KillRecord kill)
    {
        ArgumentNullException.ThrowIfNull(kill);
        return Audit.Delivery.Duplicates.Count(d => d.Kill == kill.Number);
    }

    private static void Write(TextWriter output, string title, List<string> problems)
    {
        if (problems.Count == 0)
        {
            return;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{title}: {problems.Count}"));
        foreach (var problem in problems.Take(20))
        {
            output.WriteLine($"  {problem}");
        }
    }
}
