namespace TutorBot.Host.Tests.Telegram.EndToEnd;

/// <summary>How exactly the fake measures the bot's pacing in end-to-end tests.</summary>
internal static class LimitTolerance
{
    /// <summary>
    /// The fake counts a message when it arrives. With the other test assemblies running beside these tests, a stall of
    /// a few hundred milliseconds can bunch messages the bot sent at an even pace; the fake's windows are made that much
    /// shorter so that only a bot that really sends too fast is refused. The pacing itself is measured, with the fake's
    /// default tolerance, by the load generator's limits-on run (docs/benchmarks.md).
    /// </summary>
    public static readonly TimeSpan NoisyMachine = TimeSpan.FromMilliseconds(250);
}
