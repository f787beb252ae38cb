using System.Text.Json;

namespace TutorBot.PerfReport;

/// <summary>One benchmark's median from BenchmarkDotNet's JSON export, in nanoseconds per operation.</summary>
internal sealed record BenchmarkMedian(string Id, string Title, double MedianNanoseconds);

/// <summary>Reads BenchmarkDotNet's JSON exports (<c>results/*-report*.json</c>, one per benchmark class).</summary>
internal static class BenchmarkResults
{
    /// <summary>Every benchmark of every export in the folder; the first export of a benchmark wins.</summary>
    public static IReadOnlyList<BenchmarkMedian> ReadFolder(string resultsFolder)
    {
        if (!Directory.Exists(resultsFolder))
        {
            throw new InvalidDataException($"BenchmarkDotNet wrote no results folder ({resultsFolder}).");
        }

        var files = Directory.GetFiles(resultsFolder, "*-report*.json").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new InvalidDataException($"BenchmarkDotNet wrote no JSON report in {resultsFolder}.");
        }

        return files
            .SelectMany(file => Parse(File.ReadAllText(file), Path.GetFileName(file)))
            .DistinctBy(m => m.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The benchmarks of one export. A benchmark without statistics did not run to the end (it threw, or was
    /// cancelled): that is an error, not a missing row.
    /// </summary>
    public static IReadOnlyList<BenchmarkMedian> Parse(string json, string source)
    {
        using var document = JsonDocument.Parse(json);
        if (!document.RootElement.TryGetProperty("Benchmarks", out var benchmarks) || benchmarks.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{source}: no \"Benchmarks\" array; is it a BenchmarkDotNet JSON export?");
        }

        var medians = new List<BenchmarkMedian>();
        foreach (var benchmark in benchmarks.EnumerateArray())
        {
            var id = $"{Text(benchmark, "Type")}.{Text(benchmark, "Method")}";
            var parameters = Text(benchmark, "Parameters");
            if (parameters.Length > 0)
            {
                id += $"({parameters})";
            }

            if (!benchmark.TryGetProperty("Statistics", out var statistics) || statistics.ValueKind != JsonValueKind.Object ||
                !statistics.TryGetProperty("Median", out var median) || median.ValueKind != JsonValueKind.Number)
            {
                throw new InvalidDataException($"{source}: {id} has no statistics: it did not complete (see the suite's output).");
            }

            medians.Add(new BenchmarkMedian(id, Title(benchmark, id), median.GetDouble()));
        }

        return medians;
    }

    /// <summary>The benchmark's Description; BenchmarkDotNet quotes descriptions that contain spaces.</summary>
    private static string Title(JsonElement benchmark, string id)
    {
        var title = Text(benchmark, "MethodTitle");
        if (title.Length >= 2 && title[0] == '\'' && title[^1] == '\'')
        {
            title = title[1..^1];
        }

        return title.Length > 0 ? title : id;
    }

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;
}
