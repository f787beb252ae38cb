using System.Globalization;

namespace TutorBot.Application.Tests.Scenarios;

/// <summary>
/// Sizes of the scenarios. Each size given here is the floor the scenario needs (ten times the old bot's
/// suites); the <c>STRESS_SCALE</c> environment variable (a number, default 1) multiplies it for heavier runs
/// but never takes it below that floor.
/// </summary>
internal static class StressScale
{
    public const string VariableName = "STRESS_SCALE";

    public static double Factor { get; } = ReadFactor(Environment.GetEnvironmentVariable(VariableName));

    public static int Count(int floor) => Math.Max(floor, (int)Math.Ceiling(floor * Factor));

    private static double ReadFactor(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return 1.0;
        }

        // A typo must not silently run the default size.
        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var factor) && factor > 0 && double.IsFinite(factor)
            ? factor
            : throw new InvalidOperationException($"{VariableName} must be a positive number such as 2.5, not '{value}'.");
    }
}
