namespace TutorBot.PerfReport;

/// <summary>
/// The whole command: measure everything first, and only when every step succeeded rewrite the generated block of
/// docs/benchmarks.md and (full runs) docs/benchmarks.json. A failed step leaves both untouched.
/// </summary>
internal sealed class ReportCommand(ReportOptions options, string repositoryRoot, Progress progress)
{
    private const string BenchmarksProject = "tests/TutorBot.Benchmarks";
    private const string LoadGeneratorProject = "tools/TutorBot.LoadGenerator";

    /// <summary>BenchmarkDotNet's ShortRun shape. Given as counts, the command line job is applied to the suite's own
    /// jobs (a mutator); <c>--job short</c> alone would add a second job and run every benchmark twice.</summary>
    private static readonly string[] QuickBenchmarkArguments = ["--launchCount", "1", "--warmupCount", "3", "--iterationCount", "3"];

    private string MarkdownPath => Path.Combine(repositoryRoot, "docs", "benchmarks.md");

    private string JsonPath => Path.Combine(repositoryRoot, "docs", "benchmarks.json");

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var machine = Machine.Current();
        var startedAt = DateTimeOffset.UtcNow;
        var previous = StoredResults.Read(JsonPath);
        var document = await File.ReadAllTextAsync(MarkdownPath, cancellationToken);
        MarkerBlock.Apply(document, MarkerBlock.Start + MarkerBlock.End); // fails now, not after an hour, on broken markers
        progress.Step(previous is null
            ? "No previous results (docs/benchmarks.json): this run is the first."
            : $"Previous results: {Format.Date(previous.GeneratedAtUtc)}, {previous.Figures.Count} figures.");

        var benchmarks = options.SkipBenchmarks ? null : await RunBenchmarksAsync(cancellationToken);
        (List<Figure> Figures, List<LoadOutcome> Outcomes)? load = options.SkipLoad ? null : await RunLoadAsync(cancellationToken);

        var run = new RunResults(startedAt, machine, options.Quick, benchmarks, load?.Figures, load?.Outcomes);
        var block = MarkdownReport.Render(run, previous);
        await File.WriteAllTextAsync(MarkdownPath, MarkerBlock.Apply(document, block), cancellationToken);
        progress.Step("Wrote the generated block of docs/benchmarks.md.");
        if (options.Quick)
        {
            progress.Step("Quick run: docs/benchmarks.json left as it was.");
        }
        else
        {
            await File.WriteAllTextAsync(JsonPath, StoredResults.Next(previous, [.. run.All], machine, startedAt).ToJson(), cancellationToken);
            progress.Step("Wrote docs/benchmarks.json.");
        }
    }

    private async Task<IReadOnlyList<Figure>> RunBenchmarksAsync(CancellationToken cancellationToken)
    {
        var artifacts = Directory.CreateTempSubdirectory("tutorbot-perfreport-");
        try
        {
            progress.Step(options.Quick ? "Benchmark suite, short run…" : "Benchmark suite (about 10 minutes on 2 cores)…");
            string[] arguments =
            [
                "run", "-c", "Release", "--project", BenchmarksProject, "--",
                "--filter", "*", "--exporters", "json", "--artifacts", artifacts.FullName,
                .. options.Quick ? QuickBenchmarkArguments : [],
            ];
            await ChildProcess.RunAsync("dotnet", arguments, repositoryRoot, progress, cancellationToken);
            var medians = BenchmarkResults.ReadFolder(Path.Combine(artifacts.FullName, "results"));
            foreach (var missing in BenchmarkCatalog.Missing(medians))
            {
                progress.Detail($"warning: no result for {missing} (in the catalogue, not in the results)");
            }

            progress.Step($"Benchmark suite done: {medians.Count} benchmarks.");
            return BenchmarkCatalog.ToFigures(medians);
        }
        finally
        {
            artifacts.Delete(recursive: true);
        }
    }

    private async Task<(List<Figure> Figures, List<LoadOutcome> Outcomes)> RunLoadAsync(CancellationToken cancellationToken)
    {
        // Built once here, so that each run starts the tool at once and a build failure is reported as one.
        progress.Step("Building the load generator (Release)…");
        await ChildProcess.RunAsync("dotnet", ["build", "-c", "Release", LoadGeneratorProject, "-nologo", "-v", "q"], repositoryRoot, progress, cancellationToken);

        var figures = new List<Figure>();
        var outcomes = new List<LoadOutcome>();
        foreach (var spec in LoadRuns.All)
        {
            progress.Step($"Load run {spec.Title}…");
            string[] arguments = ["run", "-c", "Release", "--no-build", "--project", LoadGeneratorProject, "--", .. spec.ArgumentsFor(options.Quick), "--json"];
            var output = await ChildProcess.RunAsync("dotnet", arguments, repositoryRoot, progress, cancellationToken);
            var runFigures = LoadRuns.ToFigures(spec, output);
            var outcome = LoadRuns.ToOutcome(spec, output);
            progress.Detail(string.Join(", ", runFigures.Select(f => $"{f.Label} {Format.Value(f.Unit, f.Value)}")) + $", {outcome.RateLimitRefusals} refused (429)");
            figures.AddRange(runFigures);
            outcomes.Add(outcome);
        }

        return (figures, outcomes);
    }
}
