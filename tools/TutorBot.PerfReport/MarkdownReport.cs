using System.Globalization;
using System.Text;

namespace TutorBot.PerfReport;

/// <summary>What one run measured; a null list is a step that was skipped.</summary>
internal sealed record RunResults(
    DateTimeOffset StartedAtUtc,
    Machine Machine,
    bool Quick,
    IReadOnlyList<Figure>? Benchmarks,
    IReadOnlyList<Figure>? Load,
    IReadOnlyList<LoadOutcome>? LoadOutcomes = null)
{
    public IEnumerable<Figure> All => (Benchmarks ?? []).Concat(Load ?? []);
}

/// <summary>The generated block of docs/benchmarks.md, markers included.</summary>
internal static class MarkdownReport
{
    public const string Command = "dotnet run -c Release --project tools/TutorBot.PerfReport";

    public static string Render(RunResults run, StoredResults? previous)
    {
        ArgumentNullException.ThrowIfNull(run);
        var text = new StringBuilder();
        text.Append(MarkerBlock.Start).Append('\n');
        text.Append("## Latest results (generated)\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Written by `{Command}`: change the tool, not this block (it is rewritten between the markers).\n\n");
        if (run.Quick)
        {
            text.Append("**Quick run — not for comparison**: BenchmarkDotNet's short run (3 warm-up and 3 measured iterations) and small ")
                .Append("load runs; `docs/benchmarks.json` was left as it was.\n\n");
        }

        AppendMachine(text, run, previous);
        AppendFlags(text, run, previous);
        AppendBenchmarks(text, run.Benchmarks, previous);
        AppendLoad(text, run, previous);
        text.Append('\n').Append(MarkerBlock.End);
        return text.ToString();
    }

    private static void AppendMachine(StringBuilder text, RunResults run, StoredResults? previous)
    {
        var machine = run.Machine;
        var load = machine.LoadAverageAtStart is { } l ? l.ToString("0.00", CultureInfo.InvariantCulture) : "unknown";
        text.Append(CultureInfo.InvariantCulture, $"{Format.Date(run.StartedAtUtc)} · {machine.Cores} cores ({machine.Cpu}) · {machine.Os} · {machine.DotNet} · ")
            .Append(CultureInfo.InvariantCulture, $"load average {load} at the start.\n");
        text.Append(previous is null
            ? "Previous results: none yet (`docs/benchmarks.json` is written by the first full run).\n\n"
            : $"Previous results: the full run of {Format.Date(previous.GeneratedAtUtc)} (`docs/benchmarks.json`), on {previous.Machine.Cores} cores, load average {(previous.Machine.LoadAverageAtStart is { } p ? p.ToString("0.00", CultureInfo.InvariantCulture) : "unknown")} at its start.\n\n");
    }

    private static void AppendFlags(StringBuilder text, RunResults run, StoredResults? previous)
    {
        var refused = (run.LoadOutcomes ?? []).Where(o => o.RateLimitRefusals > 0).ToList();
        if (refused.Count > 0)
        {
            text.Append("⚠ **The fake Bot API refused messages with 429**, so the bot broke Telegram's limits: ")
                .AppendJoin("; ", refused.Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.RateLimitRefusals} in {o.Title}")))
                .Append(".\n\n");
        }

        if (previous is null)
        {
            return;
        }

        var flagged = run.All.Where(f => ChangeOf(f, previous)?.IsFlagged == true).Select(Name).ToList();
        var threshold = Change.FlagThreshold.ToString(CultureInfo.InvariantCulture);
        text.Append(flagged.Count == 0
            ? $"No figure is more than {threshold} % worse than the previous results.\n\n"
            : $"⚠ **{flagged.Count} figure(s) more than {threshold} % worse than the previous results**: {string.Join("; ", flagged)}.\n\n");
    }

    private static void AppendBenchmarks(StringBuilder text, IReadOnlyList<Figure>? figures, StoredResults? previous)
    {
        text.Append("### Benchmarks (median per operation)\n\n");
        if (figures is null)
        {
            text.Append("Skipped in this run (`--skip-benchmarks`).\n\n");
            return;
        }

        text.Append("| benchmark | median | raw baseline, same run | ratio | old bot | previous | change |\n");
        text.Append("|---|---:|---:|---:|---:|---:|---|\n");
        foreach (var figure in figures)
        {
            var baseline = figure.Baseline is { } b ? Format.Value(figure.Unit, b) : "—";
            var ratio = figure.Baseline is { } r ? Format.Ratio(figure.Value, r) : "—";
            text.Append(CultureInfo.InvariantCulture, $"| {Format.Cell(figure.Label)} | {Format.Value(figure.Unit, figure.Value)} | {baseline} | {ratio} | ")
                .Append(CultureInfo.InvariantCulture, $"{figure.OldBot ?? "—"} | {Previous(figure, previous)} | {Format.Change(ChangeOf(figure, previous))} |\n");
        }

        text.Append('\n');
    }

    private static void AppendLoad(StringBuilder text, RunResults run, StoredResults? previous)
    {
        text.Append("### End to end (load generator, the real bot against the fake Bot API)\n\n");
        if (run.Load is null)
        {
            text.Append("Skipped in this run (`--skip-load`).\n");
            return;
        }

        text.Append("| run | figure | value | old bot | previous | change |\n");
        text.Append("|---|---|---:|---:|---:|---|\n");
        foreach (var figure in run.Load)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {Format.Cell(figure.Section)} | {Format.Cell(figure.Label)} | {Format.Value(figure.Unit, figure.Value)} | ")
                .Append(CultureInfo.InvariantCulture, $"{figure.OldBot ?? "—"} | {Previous(figure, previous)} | {Format.Change(ChangeOf(figure, previous))} |\n");
        }

        if (run.LoadOutcomes is { Count: > 0 } outcomes)
        {
            text.Append("\n429 refusals from the fake Bot API (it enforces Telegram's limits only with `--limits on`): ")
                .AppendJoin(" · ", outcomes.Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Title} {o.RateLimitRefusals}")))
                .Append(".\n");
        }

        text.Append("\nThe runs, each `dotnet run -c Release --project tools/TutorBot.LoadGenerator -- <arguments> --json`:\n\n");
        foreach (var spec in LoadRuns.All)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {spec.Title}: `{string.Join(' ', spec.ArgumentsFor(run.Quick))}`\n");
        }
    }

    private static string Previous(Figure figure, StoredResults? previous) =>
        previous?.Find(figure.Id) is { } stored ? Format.Value(figure.Unit, stored.Value) : "—";

    private static Change? ChangeOf(Figure figure, StoredResults? previous) =>
        Change.Between(figure.Value, previous?.Find(figure.Id)?.Value, figure.HigherIsBetter);

    private static string Name(Figure figure) =>
        figure.Section == "benchmarks" ? figure.Label : $"{figure.Label} of {figure.Section}";
}
