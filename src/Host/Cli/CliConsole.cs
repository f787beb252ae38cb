namespace TutorBot.Host.Cli;

/// <summary>The streams a command reads and writes; tests pass their own.</summary>
/// <param name="IsInteractive">True when a person types at a terminal, so prompts are worth printing.</param>
internal sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error, bool IsInteractive)
{
    public static CliConsole System() => new(Console.In, Console.Out, Console.Error, !Console.IsInputRedirected);
}
