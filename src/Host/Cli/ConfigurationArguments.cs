namespace TutorBot.Host.Cli;

/// <summary>
/// Separates configuration overrides (<c>--Section:Key=value</c> or <c>--Section:Key value</c>, the
/// standard .NET command-line configuration syntax) from the command line proper, so that System.CommandLine
/// never sees them and the configuration never sees the commands.
/// </summary>
internal static class ConfigurationArguments
{
    public static (string[] Configuration, string[] Command) Split(IReadOnlyList<string> args)
    {
        var configuration = new List<string>();
        var command = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!IsConfigurationKey(arg))
            {
                command.Add(arg);
                continue;
            }

            if (arg.Contains('=', StringComparison.Ordinal))
            {
                configuration.Add(arg);
            }
            else if (i + 1 < args.Count)
            {
                configuration.Add($"{arg}={args[++i]}");
            }
            else
            {
                // A key with no value is a usage error: leave it for the parser to report.
                command.Add(arg);
            }
        }

        return ([.. configuration], [.. command]);
    }

    /// <summary>Only sectioned keys count: every TutorBot setting lives in a section, no command option does.</summary>
    private static bool IsConfigurationKey(string arg)
    {
        if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length < 3)
        {
            return false;
        }

        var key = arg.AsSpan(2);
        var equals = key.IndexOf('=');
        if (equals >= 0)
        {
            key = key[..equals];
        }

        var colon = key.IndexOf(':');
        return colon > 0 && colon < key.Length - 1;
    }
}
