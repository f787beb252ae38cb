using System.Diagnostics;
using System.Text;

namespace TutorBot.PerfReport;

/// <summary>A child process (<c>dotnet build</c>, <c>dotnet run</c>) that failed: its exit code and its last lines.</summary>
internal sealed class ChildProcessFailedException(string command, int exitCode, IReadOnlyList<string> lastLines)
    : Exception($"`{command}` exited with code {exitCode}.")
{
    public int ExitCode { get; } = exitCode;

    public IReadOnlyList<string> LastLines { get; } = lastLines;
}

/// <summary>Runs a child process to its end: its stdout is returned, its last lines kept for the error.</summary>
internal static class ChildProcess
{
    private const int TailLines = 25;
    private static readonly TimeSpan Heartbeat = TimeSpan.FromMinutes(1);

    public static async Task<string> RunAsync(
        string fileName, IReadOnlyList<string> arguments, string workingDirectory, Progress progress, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var command = fileName + " " + string.Join(' ', arguments.Select(a => a.Contains(' ', StringComparison.Ordinal) || a.Contains('*', StringComparison.Ordinal) ? $"'{a}'" : a));
        var stdout = new StringBuilder();
        var tail = new Queue<string>();
        void Keep(string? line, bool isStdout)
        {
            if (line is null)
            {
                return;
            }

            lock (tail)
            {
                if (isStdout)
                {
                    stdout.Append(line).Append('\n');
                }

                tail.Enqueue(line);
                if (tail.Count > TailLines)
                {
                    tail.Dequeue();
                }
            }
        }

        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Keep(e.Data, isStdout: true);
        process.ErrorDataReceived += (_, e) => Keep(e.Data, isStdout: false);
        progress.Detail(command);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var started = Stopwatch.StartNew();
        try
        {
            var exited = process.WaitForExitAsync(cancellationToken);
            while (await Task.WhenAny(exited, Task.Delay(Heartbeat, cancellationToken)) != exited)
            {
                progress.Detail($"still running after {started.Elapsed:hh\\:mm\\:ss}");
            }

            await exited;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        if (process.ExitCode != 0)
        {
            lock (tail)
            {
                throw new ChildProcessFailedException(command, process.ExitCode, [.. tail]);
            }
        }

        lock (tail)
        {
            return stdout.ToString();
        }
    }
}
