using TutorBot.Host.Cli;
using TutorBot.Testing;

namespace TutorBot.Host.Tests.Cli;

/// <summary>
/// The whole <c>tutorbot</c> command line in this process, with the real composition root, against a temporary
/// database given the way a user gives it: as a configuration argument.
/// </summary>
internal sealed class TutorbotCli : IDisposable
{
    public TestDatabase Database { get; } = TestDatabase.Create();

    public string ConnectionArgument => $"--ConnectionStrings:TutorBot={Database.ConnectionString}";

    /// <summary>Runs a command with no input, without a Telegram token whatever the machine's environment says.</summary>
    public Task<CliResult> RunAsync(params string[] args) => RunWithInputAsync(string.Empty, args);

    public Task<CliResult> RunWithInputAsync(string input, params string[] args) =>
        RunExactlyAsync(input, [ConnectionArgument, "--Telegram:BotToken=", .. args]);

    /// <summary>Runs exactly these arguments; the caller chooses every setting.</summary>
    public static async Task<CliResult> RunExactlyAsync(string input, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var console = new CliConsole(new StringReader(input), stdout, stderr, IsInteractive: false);

        var exitCode = await CommandLineApp.RunAsync(args, console, Program.BuildHost);

        var result = new CliResult(exitCode, stdout.ToString(), stderr.ToString());
        Assert.That(result.Out + result.Error, Does.Not.Contain("   at "), "no stack trace is ever shown");
        return result;
    }

    public void Dispose() => Database.Dispose();
}

internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    private const string BotPrefix = "bot> ";

    /// <summary>The bot's replies in local chat, one entry per reply, continuation lines joined with '\n'.</summary>
    public IReadOnlyList<string> Replies
    {
        get
        {
            var replies = new List<List<string>>();
            foreach (var line in Out.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'))
            {
                if (line.StartsWith(BotPrefix, StringComparison.Ordinal))
                {
                    replies.Add([line[BotPrefix.Length..]]);
                }
                else if (replies.Count > 0)
                {
                    replies[^1].Add(line.TrimStart());
                }
            }

            return [.. replies.Select(lines => string.Join('\n', lines))];
        }
    }
}
