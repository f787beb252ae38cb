using System.Diagnostics;
using Microsoft.Data.Sqlite;
using TutorBot.Testing;

namespace TutorBot.Host.Tests.Cli;

/// <summary>The built executable in a process of its own, started from a folder that is not the project's.</summary>
public sealed class ProcessTests
{
    /// <summary>A hang guard only, never a measure of speed.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    [Test]
    public async Task Chat_FromAnyWorkingDirectory_UsesTheDefaultDatabaseBesideIt()
    {
        // Only its temporary folder is used, as the working directory; the database goes wherever the defaults say.
        using var workspace = TestDatabase.Create();
        var result = await RunAsync(workspace.Folder, "/start\nhello, I want to learn fractions\nhi\n/context\n", "chat", "--student", "7");

        var database = Path.Combine(workspace.Folder, "data", "tutorbot.db");
        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Replies, Has.Count.EqualTo(4), result.Out);
            Assert.That(result.Replies[0], Does.StartWith("Welcome, Student 7!"));
            Assert.That(result.Replies[2], Does.Contain("at least 10 characters"));
            Assert.That(result.Replies[3], Does.Contain("1. You: hello, I want to learn fractions"));
            Assert.That(result.Error, Does.Not.Contain("   at "));
            Assert.That(File.Exists(database), Is.True, "the default Data Source=data/tutorbot.db, relative to the working directory");
        }

        Assert.That(CountMessages(database), Is.EqualTo(2), "the question and the tutor's answer");
    }

    [Test]
    public async Task Start_WithBadSettings_ReportsEveryProblemInOneLineEachWithoutStackTrace()
    {
        using var workspace = TestDatabase.Create();

        var result = await RunAsync(workspace.Folder, string.Empty, "--Limits:MinMessageLength=-1", "--Database:Timeout=10", "admin", "stats");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.Error, Does.Contain("Limits").And.Contain("Database:Timeout"));
            Assert.That(result.Error, Does.Not.Contain("   at "), "the host's own start-up failure log is a stack trace");
            Assert.That(result.Out, Is.Empty);
        }
    }

    /// <summary>Runs the built tutorbot in <paramref name="workingDirectory"/>, feeding <paramref name="input"/> to it.</summary>
    private static async Task<CliResult> RunAsync(string workingDirectory, string input, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "tutorbot.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The machine's own settings must not leak into the child.
        start.Environment.Remove("Telegram__BotToken");
        start.Environment.Remove("ConnectionStrings__TutorBot");

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();

        using var guard = new CancellationTokenSource(HangGuard);
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"tutorbot did not exit within {HangGuard}; stdout so far:\n{await stdout}");
        }

        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    private static long CountMessages(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM ConversationMessages WHERE StudentId = 7";
        return (long)command.ExecuteScalar()!;
    }
}
