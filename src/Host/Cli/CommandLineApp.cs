using System.CommandLine;
using Microsoft.Extensions.Hosting;

namespace TutorBot.Host.Cli;

/// <summary>The <c>tutorbot</c> command line (SPEC §3).</summary>
internal static class CommandLineApp
{
    /// <param name="buildHost">Builds the host from the configuration arguments; called only when a command runs,
    /// so <c>--help</c> and usage errors touch no database.</param>
    public static async Task<int> RunAsync(string[] args, CliConsole console, Func<string[], CliConsole, IHost> buildHost)
    {
        var (configurationArgs, commandArgs) = ConfigurationArguments.Split(args);
        var hosted = new HostedCommand(() => buildHost(configurationArgs, console), console);

        var root = new RootCommand(
            "TutorBot, a Telegram tutoring bot. Without a command: the same as 'run'.\n" +
            "Settings can be given as --Section:Key=value, e.g. --ConnectionStrings:TutorBot=\"Data Source=my.db\".")
        {
            ChatCommands.Run(hosted),
            ChatCommands.Chat(hosted),
            AdminCommands.Create(hosted),
        };
        root.SetAction((_, ct) => ChatCommands.RunAsync(hosted, ct));

        var parse = root.Parse(commandArgs);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await console.Error.WriteLineAsync(error.Message);
            }

            await console.Error.WriteLineAsync("Run 'tutorbot --help' for usage.");
            return ExitCodes.Usage;
        }

        return await parse.InvokeAsync(new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,

            // HostedCommand reports failures itself, without stack traces.
            EnableDefaultExceptionHandler = false,
        });
    }
}
