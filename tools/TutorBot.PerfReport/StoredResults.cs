using System.Text.Json;
using System.Text.Json.Serialization;

namespace TutorBot.PerfReport;

/// <summary>One figure as docs/benchmarks.json keeps it.</summary>
internal sealed record StoredFigure(string Id, string Label, FigureUnit Unit, double Value, double? Baseline, DateTimeOffset MeasuredAtUtc);

/// <summary>docs/benchmarks.json: the last full run's figures, machine-readable, the "previous" of the next run.</summary>
internal sealed record StoredResults(DateTimeOffset GeneratedAtUtc, Machine Machine, IReadOnlyList<StoredFigure> Figures)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public StoredFigure? Find(string id) => Figures.FirstOrDefault(f => string.Equals(f.Id, id, StringComparison.Ordinal));

    /// <summary>Null when the file does not exist yet (the first run has no previous results).</summary>
    public static StoredResults? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<StoredResults>(File.ReadAllText(path), JsonOptions)
                ?? throw new InvalidDataException($"{path} is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not a results file this tool wrote: {e.Message}", e);
        }
    }

    /// <summary>
    /// This run's figures, plus the previous figures this run did not measure (a step was skipped), so that skipping
    /// a step never loses the last result of it.
    /// </summary>
    public static StoredResults Next(StoredResults? previous, IReadOnlyList<Figure> measured, Machine machine, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(measured);
        var figures = measured.Select(f => new StoredFigure(f.Id, f.Label, f.Unit, f.Value, f.Baseline, now)).ToList();
        var ids = figures.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        figures.AddRange(previous?.Figures.Where(f => !ids.Contains(f.Id)) ?? []);
        return new StoredResults(now, machine, figures);
    }

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions) + "\n";
}
