using System.Diagnostics;
using System.Globalization;

namespace TutorBot.Chaos.Tests;

/// <summary>
/// One run of the real bot, <c>dotnet tutorbot.dll run</c>, as a child process: killed with SIGKILL at a random
/// moment, or at the very end stopped the way an operator does (SIGTERM).
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private bool _killedByUs;
    private bool _disposed;

    private BotProcess(Process process, int run)
    {
        _process = process;
        Run = run;
    }

    public int Run { get; }

    /// <summary>Completes when the process ends, for whatever reason.</summary>
    public Task Exited => _process.WaitForExitAsync();

    public bool HasExited => _process.HasExited;

    /// <summary>The process ended without being killed or stopped by the test.</summary>
    public bool DiedOnItsOwn => _process.HasExited && !_killedByUs;

    public static BotProcess Start(int run, IEnumerable<string> arguments, string workingDirectory, BotLog log)
    {
        var start = new ProcessStartInfo(BotLocation.FindDotnet())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(BotLocation.FindBotDll());
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => log.Write(run, e.Data);
        process.ErrorDataReceived += (_, e) => log.Write(run, e.Data);
        try
        {
            process.Start();
        }
        catch
        {
            process.Dispose();
            throw;
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new BotProcess(process, run);
    }

    /// <summary>SIGKILL: no chance to finish anything, as in a power cut of the process or the OOM killer.</summary>
    public async Task KillAsync()
    {
        _killedByUs = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    /// <summary>SIGTERM, killed when it does not stop within <paramref name="grace"/>; returns the exit code.</summary>
    public async Task<int> StopAsync(TimeSpan grace)
    {
        _killedByUs = true;
        if (!_process.HasExited)
        {
            using (var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", _process.Id.ToString(CultureInfo.InvariantCulture) } }))
            {
                if (kill is not null)
                {
                    await kill.WaitForExitAsync();
                }
            }

            using var wait = new CancellationTokenSource(grace);
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }
}
