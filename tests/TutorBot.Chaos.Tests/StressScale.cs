using System.Globalization;

namespace TutorBot.Chaos.Tests;

/// <summary>The size factor of stress-sized tests, from <c>STRESS_SCALE</c> (default 1; CI lowers it).</summary>
internal static class StressScale
{
    public const string Variable = "STRESS_SCALE";

    public static double Current { get; } = Read();

    /// <summary><paramref name="full"/> scaled, never below <paramref name="minimum"/>.</summary>
    public static int Of(int full, int minimum) => Math.Max(minimum, (int)Math.Round(full * Current, MidpointRounding.AwayFromZero));

    private static double Read()
    {
        var text = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return 1;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var scale) && scale > 0 && double.IsFinite(scale)
            ? scale
            : throw new InvalidOperationException($"{Variable} must be a positive number like 1 or 0.1, not '{text}'.");
    }
}
