namespace TutorBot.PerfReport;

/// <summary>How a figure's value is measured, and so which direction is worse.</summary>
public enum FigureUnit
{
    /// <summary>A benchmark's median time per operation; lower is better.</summary>
    Nanoseconds,

    /// <summary>An end-to-end latency; lower is better.</summary>
    Milliseconds,

    /// <summary>Replies per second; higher is better.</summary>
    PerSecond,
}

/// <summary>
/// One measured figure of a run: its value, the raw baseline measured in the same run where the suite has one, and
/// the old bot's figure where SPEC §6 gives one. <see cref="Id"/> is what ties it to the previous results.
/// </summary>
internal sealed record Figure(
    string Id,
    string Section,
    string Label,
    FigureUnit Unit,
    double Value,
    double? Baseline = null,
    string? OldBot = null)
{
    public bool HigherIsBetter => Unit == FigureUnit.PerSecond;
}
