namespace TutorBot.PerfReport.Tests;

/// <summary>A run and previous results to render, shared by the report and results-file tests.</summary>
internal static class Samples
{
    public static readonly DateTimeOffset Now = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static readonly Machine Machine = new(2, "AMD EPYC 7763", "Debian GNU/Linux 12 (bookworm)", ".NET 10.0.12", 2.48);

    public static readonly Figure AddMessage =
        new("bench.ConversationBenchmarks.AddMessage", "benchmarks", "AddMessage, full pipeline", FigureUnit.Nanoseconds, 960_000, 160_000, "~8 ms");

    public static readonly Figure Throughput =
        new("load.all-at-once.throughput", "(a) limits off, all at once", "throughput", FigureUnit.PerSecond, 1100, OldBot: "1,000 ops in < 2 s");

    public static RunResults Run(bool quick = false, bool withBenchmarks = true, bool withLoad = true) =>
        new(Now, Machine, quick, withBenchmarks ? [AddMessage] : null, withLoad ? [Throughput] : null);

    public static StoredResults Previous(double addMessage, double throughput) => new(
        Now.AddDays(-7),
        Machine,
        [
            new(AddMessage.Id, AddMessage.Label, FigureUnit.Nanoseconds, addMessage, 150_000, Now.AddDays(-7)),
            new(Throughput.Id, Throughput.Label, FigureUnit.PerSecond, throughput, null, Now.AddDays(-7)),
        ]);
}
