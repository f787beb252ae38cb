namespace TutorBot.LoadGenerator;

/// <summary>The load generator's exit codes, the same as tutorbot's (SPEC §3).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>A reply missing, duplicated or an apology, the bot died, or the run could not be completed.</summary>
    public const int Failure = 1;

    public const int Usage = 2;
}
