namespace TutorBot.Host.Cli;

/// <summary>Exit codes of every command (SPEC §3).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int Usage = 2;
}
