namespace TutorBot.Application.Common.Options;

/// <summary>The <c>Diagnostics</c> configuration section.</summary>
public sealed class DiagnosticsOptions
{
    public const string SectionName = "Diagnostics";

    /// <summary>A request whose handler takes longer than this is logged as a warning.</summary>
    public TimeSpan SlowRequestThreshold { get; set; } = TimeSpan.FromMilliseconds(500);
}
