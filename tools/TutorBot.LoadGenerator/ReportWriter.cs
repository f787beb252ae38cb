using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TutorBot.LoadGenerator;

/// <summary>Writes a report as a Markdown table (ready to paste into docs) or as one JSON document.</summary>
internal static class ReportWriter
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static void WriteJson(TextWriter output, LoadReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(JsonSerializer.Serialize(report, JsonOptions));
    }

    public static void WriteTable(TextWriter output, LoadReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        var rows = new List<(string, string)>
        {
            ("mode", report.Mode),
            ("students × messages", $"{report.Students} × {report.MessagesPerStudent} = {report.Updates} updates"),
            ("offered (getUpdates handed them to the bot)", Count(report.Offered) + (report.Reoffered > 0 ? $" (+{report.Reoffered} redelivered)" : string.Empty)),
            ("replied", Count(report.Replied)),
            ("missing", Count(report.Missing)),
            ("duplicated", Count(report.Duplicated)),
            ("wall time, first offer → last reply", F(report.WallTimeSeconds, "0.00") + " s"),
            ("throughput", F(report.ThroughputPerSecond, "0") + " replies/s"),
            ("sustained rate, first reply → last reply", F(report.SustainedPerSecond, "0.0") + " replies/s" +
                (report.SustainedPercentOfLimit is { } percent ? $" = {F(percent, "0.0")} % of {LoadSettings.TelegramMessagesPerSecond}/s" : string.Empty)),
            ("peak replies in any 1 s", Count(report.PeakRepliesInOneSecond)),
            ("latency p50", Ms(report.LatencyMs.P50)),
            ("latency p90", Ms(report.LatencyMs.P90)),
            ("latency p99", Ms(report.LatencyMs.P99)),
            ("latency max", Ms(report.LatencyMs.Max)),
            ("wait at the fake for getUpdates p50 / p99 / max", $"{Ms(report.WaitAtFakeMs.P50)} / {Ms(report.WaitAtFakeMs.P99)} / {Ms(report.WaitAtFakeMs.Max)}"),
            ("429 refusals from the fake", Count(report.RateLimitRefusals)),
            ("the bot's Bot API calls", string.Join(", ", report.ApiCalls.Select(c => $"{c.Key} {Count(c.Value)}"))),
            ("bot exit", report.BotExit),
            ("CPU, bot process", report.BotCpuSeconds is { } botCpu ? Cpu(botCpu, report.WallTimeSeconds) : "unknown: the bot exited"),
            ("CPU, generator + fake Bot API", Cpu(report.GeneratorCpuSeconds, report.WallTimeSeconds)),
        };
        if (report.BotArgs.Count > 0)
        {
            rows.Insert(1, ("extra bot arguments", string.Join(' ', report.BotArgs)));
        }

        if (report.LoadAverageAtStart is { } load)
        {
            rows.Add(("machine load average (1 min) at start", F(load, "0.00") + $" on {Environment.ProcessorCount} cores"));
        }

        if (report.Apologies + report.SlowDowns > 0)
        {
            rows.Insert(6, ("apologies / slow-down replies", $"{report.Apologies} / {report.SlowDowns}"));
        }

        output.WriteLine("| measure | value |");
        output.WriteLine("|---|---|");
        foreach (var (name, value) in rows)
        {
            output.WriteLine($"| {name} | {value} |");
        }

        output.WriteLine();
        output.WriteLine(report.Passed ? "PASSED: every message got exactly one reply." : "FAILED: " + string.Join("; ", report.Problems) + ".");
    }

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Ms(double value) => F(value, "0.0") + " ms";

    /// <summary>CPU seconds over the measured wall time, as cores kept busy on average.</summary>
    private static string Cpu(double seconds, double wall) =>
        F(seconds, "0.00") + " s" + (wall > 0 ? $" ({F(seconds / wall, "0.00")} cores on average)" : string.Empty);

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
