namespace TutorBot.PerfReport;

/// <summary>The command line: a handful of switches, no values.</summary>
internal sealed record ReportOptions(bool Quick, bool SkipLoad, bool SkipBenchmarks, bool Help)
{
    public const string Usage = """
        Runs the benchmark suite and the load generator, and writes the generated part of docs/benchmarks.md
        (between <!-- generated:start --> and <!-- generated:end -->) and docs/benchmarks.json.

        Usage: dotnet run -c Release --project tools/TutorBot.PerfReport [-- options]

          --quick            BenchmarkDotNet's short run (3 warm-up, 3 measured iterations) and small load runs, to
                             try the command: the report says "quick run — not for comparison" and
                             docs/benchmarks.json is not rewritten
          --skip-benchmarks  do not run the benchmark suite
          --skip-load        do not run the load generator
          --help             this text

        A full run takes a while (the suite about 10 minutes, the load runs a few): run it on an otherwise idle machine.
        Progress goes to stderr. Exit codes: 0 written, 1 a step failed (nothing written), 2 bad usage.
        """;

    /// <summary>Null with <paramref name="error"/> set for an unknown argument.</summary>
    public static ReportOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        bool quick = false, skipLoad = false, skipBenchmarks = false, help = false;
        foreach (var arg in args)
        {
            switch (arg)
            {
                case "--quick":
                    quick = true;
                    break;
                case "--skip-load":
                    skipLoad = true;
                    break;
                case "--skip-benchmarks":
                    skipBenchmarks = true;
                    break;
                case "--help" or "-h" or "-?":
                    help = true;
                    break;
                default:
                    error = $"Unknown argument '{arg}'. See --help.";
                    return null;
            }
        }

        if (skipLoad && skipBenchmarks && !help)
        {
            error = "--skip-load and --skip-benchmarks together leave nothing to measure.";
            return null;
        }

        error = null;
        return new ReportOptions(quick, skipLoad, skipBenchmarks, help);
    }
}
