using System.Text.Json;

namespace TutorBot.PerfReport;

/// <summary>A load generator run: the arguments of the full run (as docs/load-generator.md lists them) and of the quick one.</summary>
internal sealed record LoadRunSpec(string Id, string Title, IReadOnlyList<string> Arguments, IReadOnlyList<string> QuickArguments, string? OldBotThroughput)
{
    public IReadOnlyList<string> ArgumentsFor(bool quick) => quick ? QuickArguments : Arguments;
}

/// <summary>What a load run says beside its figures.</summary>
internal sealed record LoadOutcome(string Title, int RateLimitRefusals);

/// <summary>The three end-to-end runs of docs/benchmarks.md, and what the report takes from each.</summary>
internal static class LoadRuns
{
    public static IReadOnlyList<LoadRunSpec> All { get; } =
    [
        new(
            "load.all-at-once",
            "(a) limits off, all at once",
            ["--students", "1000", "--messages", "10"],
            ["--students", "50", "--messages", "4", "--warmup", "600"],
            OldBotThroughput: "1,000 ops in < 2 s"),
        new(
            "load.open-loop-300",
            "(b) limits off, open loop 300/s",
            ["--students", "1000", "--messages", "10", "--rate", "300"],
            ["--students", "50", "--messages", "4", "--rate", "300", "--warmup", "600"],
            OldBotThroughput: null),
        new(
            "load.limits-on",
            "(c) limits on (30/s, 1/s per chat)",
            ["--limits", "on", "--students", "1000", "--messages", "1"],
            ["--limits", "on", "--students", "30", "--messages", "1", "--warmup", "30"],
            OldBotThroughput: null),
    ];

    /// <summary>Throughput, p50 and p99 of a run's <c>--json</c> document.</summary>
    public static IReadOnlyList<Figure> ToFigures(LoadRunSpec run, string json)
    {
        ArgumentNullException.ThrowIfNull(run);
        using var document = JsonDocument.Parse(ExtractJson(json));
        var root = document.RootElement;
        var latency = Property(root, "latencyMs", run.Id);
        return
        [
            new(run.Id + ".throughput", run.Title, "throughput", FigureUnit.PerSecond, Number(root, "throughputPerSecond", run.Id), OldBot: run.OldBotThroughput),
            new(run.Id + ".p50", run.Title, "latency p50", FigureUnit.Milliseconds, Number(latency, "p50", run.Id)),
            new(run.Id + ".p99", run.Title, "latency p99", FigureUnit.Milliseconds, Number(latency, "p99", run.Id)),
        ];
    }

    /// <summary>
    /// The messages the fake Bot API refused with 429 in a run: not a speed, so not compared with the previous results,
    /// but any at all means the bot broke Telegram's limits, which can get a real bot banned for minutes.
    /// </summary>
    public static LoadOutcome ToOutcome(LoadRunSpec run, string json)
    {
        ArgumentNullException.ThrowIfNull(run);
        using var document = JsonDocument.Parse(ExtractJson(json));
        return new LoadOutcome(run.Title, (int)Number(document.RootElement, "rateLimitRefusals", run.Id));
    }

    /// <summary>The JSON document from the first line that opens it: anything a build printed before it is skipped.</summary>
    private static string ExtractJson(string output)
    {
        var start = output.StartsWith('{') ? 0 : output.IndexOf("\n{", StringComparison.Ordinal) + 1;
        if (start >= output.Length || output[start] != '{')
        {
            throw new InvalidDataException("The load generator printed no JSON document.");
        }

        return output[start..];
    }

    private static JsonElement Property(JsonElement element, string name, string source) =>
        element.TryGetProperty(name, out var value) ? value : throw new InvalidDataException($"{source}: the load generator's JSON has no \"{name}\".");

    private static double Number(JsonElement element, string name, string source)
    {
        var value = Property(element, name, source);
        return value.ValueKind == JsonValueKind.Number
            ? value.GetDouble()
            : throw new InvalidDataException($"{source}: \"{name}\" in the load generator's JSON is not a number.");
    }
}
