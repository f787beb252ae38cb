namespace TutorBot.PerfReport;

/// <summary>
/// The suite's benchmarks in report order (type.method, as BenchmarkDotNet names them), each with the raw baseline
/// measured beside it in the same class, and the old bot's figure where SPEC §6 gives one. A benchmark the suite gains
/// later is still reported, after these, without a baseline until it is added here.
/// </summary>
internal static class BenchmarkCatalog
{
    public static IReadOnlyList<BenchmarkEntry> Entries { get; } =
    [
        new("ConversationBenchmarks.AddMessage", Baseline: "ConversationBenchmarks.RawInsert", OldBot: "~8 ms"),
        new("ConversationBenchmarks.RawInsert"),
        new("ConversationBenchmarks.GetContext", Baseline: "ConversationBenchmarks.RawSelect", OldBot: "~2 ms"),
        new("ConversationBenchmarks.RawSelect"),
        new("LessonBenchmarks.SubmitAnswer", Baseline: "LessonBenchmarks.RawAnswer"),
        new("LessonBenchmarks.RawAnswer"),
        new("GradeLessonBenchmarks.GradeLesson"),
        new("CacheBenchmarks.ResponseStoreHit", OldBot: "< 0.1 ms"),
        new("CacheBenchmarks.CachedModelCall"),
        new("CacheBenchmarks.CachedGetContextPipeline"),
        new("CacheBenchmarks.CachedGetContextHandler"),
        new("OfflineTutorBenchmarks.Answer"),
        new("OfflineTutorBenchmarks.AnswerRepeated"),
        new("OfflineTutorBenchmarks.Search"),
        new("OfflineTutorBenchmarks.SearchRepeated"),
        new("OfflineTutorBenchmarks.ConnectionPerCall"),
    ];

    /// <summary>Benchmark medians as figures: catalogued ones first, in catalogue order, then any others as measured.</summary>
    public static IReadOnlyList<Figure> ToFigures(IReadOnlyList<BenchmarkMedian> medians)
    {
        var byId = medians.GroupBy(m => m.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var catalogued = Entries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var figures = new List<Figure>();
        foreach (var entry in Entries)
        {
            if (byId.TryGetValue(entry.Id, out var median))
            {
                double? baseline = entry.Baseline is not null && byId.TryGetValue(entry.Baseline, out var raw) ? raw.MedianNanoseconds : null;
                figures.Add(ToFigure(median, baseline, entry.OldBot));
            }
        }

        figures.AddRange(byId.Values.Where(m => !catalogued.Contains(m.Id)).Select(m => ToFigure(m, null, null)));
        return figures;
    }

    /// <summary>Catalogued benchmarks the results do not have (a filter, or a benchmark renamed without its entry).</summary>
    public static IEnumerable<string> Missing(IReadOnlyList<BenchmarkMedian> medians) =>
        Entries.Select(e => e.Id).Except(medians.Select(m => m.Id), StringComparer.Ordinal);

    private static Figure ToFigure(BenchmarkMedian median, double? baseline, string? oldBot) =>
        new("bench." + median.Id, "benchmarks", median.Title, FigureUnit.Nanoseconds, median.MedianNanoseconds, baseline, oldBot);
}

/// <summary>One row of the catalogue: a benchmark, its raw baseline and the old bot's figure.</summary>
internal sealed record BenchmarkEntry(string Id, string? Baseline = null, string? OldBot = null);
