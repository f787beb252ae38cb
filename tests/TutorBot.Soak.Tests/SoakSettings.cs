using System.Globalization;

namespace TutorBot.Soak.Tests;

/// <summary>
/// How long the soak runs: <c>SOAK_DURATION</c> (a TimeSpan such as <c>00:10:00</c>, default one minute) times
/// <c>STRESS_SCALE</c> (a number, default 1; CI uses 0.1). A typo fails the run instead of silently running the default.
/// </summary>
internal static class SoakSettings
{
    public static readonly TimeSpan DefaultDuration = TimeSpan.FromSeconds(60);

    public static TimeSpan Duration { get; } = Read();

    private static TimeSpan Read()
    {
        var durationText = Environment.GetEnvironmentVariable("SOAK_DURATION");
        var duration = DefaultDuration;
        if (!string.IsNullOrWhiteSpace(durationText)
            && (!TimeSpan.TryParse(durationText, CultureInfo.InvariantCulture, out duration) || duration <= TimeSpan.Zero))
        {
            throw new InvalidOperationException($"SOAK_DURATION must be a positive time such as 00:10:00, not '{durationText}'.");
        }

        var scaleText = Environment.GetEnvironmentVariable("STRESS_SCALE");
        var scale = 1.0;
        if (!string.IsNullOrWhiteSpace(scaleText)
            && (!double.TryParse(scaleText, NumberStyles.Float, CultureInfo.InvariantCulture, out scale) || scale <= 0 || !double.IsFinite(scale)))
        {
            throw new InvalidOperationException($"STRESS_SCALE must be a positive number such as 0.1, not '{scaleText}'.");
        }

        return duration * scale;
    }
}
