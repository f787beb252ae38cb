using System.Globalization;

namespace TutorBot.Stress.Tests;

/// <summary>
/// Sizes of the stress scenarios. Each test states its size at ten times the old bot's suite; the <c>STRESS_SCALE</c>
/// environment variable (a positive number, default 1) multiplies it: CI runs 0.1, the old bot's own scale.
/// </summary>
public static class StressScale
{
    public const string VariableName = "STRESS_SCALE";

    public static double Factor { get; } = ReadFactor(Environment.GetEnvironmentVariable(VariableName));

    /// <summary><paramref name="tenTimesOldSize"/> times the factor, rounded up, at least 1.</summary>
    public static int Of(int tenTimesOldSize) => Math.Max(1, (int)Math.Ceiling(tenTimesOldSize * Factor));

    private static double ReadFactor(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return 1.0;
        }

        // A typo must not silently run the default size.
        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var factor) && factor > 0 && double.IsFinite(factor)
            ? factor
            : throw new InvalidOperationException($"{VariableName} must be a positive number such as 0.1, not '{value}'.");
    }
}
