using System.Diagnostics;

namespace TutorBot.LoadGenerator;

/// <summary>
/// The real bot, <c>dotnet tutorbot.dll run</c>, as a child process. Its stdout and stderr go to a log file;
/// stopping it is what an operator's SIGTERM does (a plain kill on Windows, which has no such signal).
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private const int TailLines = 20;

    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Lock _logLock = new();
    private readonly Queue<string> _tail = new();
    private bool _logClosed;
    private BotExit? _exit;

    private BotProcess(Process process, StreamWriter log, string logPath)
    {
        _process = process;
        _log = log;
        LogPath = logPath;
    }

    public string LogPath { get; }

    public int Id => _process.Id;

    /// <summary>Completes when the process ends, for whatever reason.</summary>
    public Task Exited => _process.WaitForExitAsync();

    public bool HasExited => _process.HasExited;

    /// <summary>CPU time the bot has used so far (user + system); null once it has exited.</summary>
    public TimeSpan? CpuTime
    {
        get
        {
            try
            {
                return _process.TotalProcessorTime;
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        }
    }

    public static BotProcess Start(string dotnet, string botDll, IEnumerable<string> arguments, string workingDirectory, string logPath)
    {
        var start = new ProcessStartInfo(dotnet)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(botDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = new Process { StartInfo = start };
        var bot = new BotProcess(process, log, logPath);
        process.OutputDataReceived += (_, e) => bot.Write(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Write(e.Data);
        try
        {
            process.Start();
        }
        catch
        {
            process.Dispose();
            log.Dispose();
            throw;
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>The last lines the bot wrote, to show when something went wrong.</summary>
    public IReadOnlyList<string> Tail()
    {
        lock (_logLock)
        {
            return [.. _tail];
        }
    }

    /// <summary>Asks the bot to stop and waits for it; kills it when it does not stop within <paramref name="grace"/>.</summary>
    public async Task<BotExit> StopAsync(TimeSpan grace)
    {
        if (_exit is not null)
        {
            return _exit;
        }

        if (_process.HasExited)
        {
            return _exit = new BotExit(_process.ExitCode, DiedDuringRun: true, Killed: false);
        }

        await RequestStopAsync();
        using var wait = new CancellationTokenSource(grace);
        try
        {
            await _process.WaitForExitAsync(wait.Token);
            return _exit = new BotExit(_process.ExitCode, DiedDuringRun: false, Killed: false);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
            return _exit = new BotExit(_process.ExitCode, DiedDuringRun: false, Killed: true);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(TimeSpan.FromSeconds(15));

        // The output readers may still be writing the last lines.
        lock (_logLock)
        {
            _logClosed = true;
            _log.Dispose();
        }

        _process.Dispose();
    }

    private async Task RequestStopAsync()
    {
        if (OperatingSystem.IsWindows())
        {
            _process.Kill(entireProcessTree: true);
            return;
        }

        // SIGTERM: the bot finishes what it has in hand and exits, as under systemd or docker stop.
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", Id.ToString(System.Globalization.CultureInfo.InvariantCulture) } });
        if (kill is not null)
        {
            await kill.WaitForExitAsync();
        }
    }

    private void Write(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_logLock)
        {
            if (_tail.Count == TailLines)
            {
                _tail.Dequeue();
            }

            _tail.Enqueue(line);
            if (!_logClosed)
            {
                _log.WriteLine(line);
            }
        }
    }
}

/// <summary>How the bot ended.</summary>
/// <param name="DiedDuringRun">It exited before the generator asked it to stop.</param>
/// <param name="Killed">It did not stop within the grace time after SIGTERM and was killed.</param>
internal sealed record BotExit(int ExitCode, bool DiedDuringRun, bool Killed)
{
    public bool IsClean => !DiedDuringRun && !Killed && ExitCode == 0;

    public string Describe() =>
        DiedDuringRun ? $"died during the run (exit code {ExitCode})"
        : Killed ? $"did not stop within the grace time after SIGTERM; killed (exit code {ExitCode})"
        : $"exit code {ExitCode} after SIGTERM";
}
