using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TutorBot.Host.Errors;

namespace TutorBot.Host.Cli;

/// <summary>
/// Runs a command's body inside a started host (options validated, database migrated) and turns whatever
/// it throws into a message on stderr and an exit code.
/// </summary>
internal sealed class HostedCommand(Func<IHost> buildHost, CliConsole console)
{
    public async Task<int> RunAsync(Func<IServiceProvider, CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        try
        {
            using var host = buildHost();
            await host.StartAsync(cancellationToken);
            var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stopping);
            try
            {
                return await body(host.Services, linked.Token);
            }
            finally
            {
                await host.StopAsync(CancellationToken.None);
            }
        }
        catch (Exception e) when (UserFacingError.FromExpected(e) is { } error)
        {
            await console.Error.WriteLineAsync(error.Message);
            return error.ExitCode;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ExitCodes.Failure;
        }
        catch (Exception e)
        {
            // Unexpected, but still one line: operators get the message, never a stack trace.
            await console.Error.WriteLineAsync($"tutorbot: {e.Message}");
            return ExitCodes.Failure;
        }
    }
}
