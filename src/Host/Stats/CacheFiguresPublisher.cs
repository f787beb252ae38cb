using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TutorBot.Application.Stats.PublishCacheFigures;

namespace TutorBot.Host.Stats;

/// <summary>
/// Publishes the bot's cache figures (<see cref="PublishCacheFiguresCommand"/>) every <see cref="Interval"/> while it
/// runs, and once more when it stops, so that <c>tutorbot admin stats</c>, a process whose own caches are empty, can
/// show them. Only the bot runs it: an admin command's empty caches would overwrite the bot's figures.
/// </summary>
internal sealed partial class CacheFiguresPublisher(IServiceScopeFactory scopes, TimeProvider time, ILogger<CacheFiguresPublisher> logger)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    /// <summary>How long the last publish may wait for the database when the bot stops.</summary>
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(10);

    /// <summary>Runs <paramref name="bot"/> with publishing alongside; the last figures are published when it ends, however it ends.</summary>
    public async Task<T> RunAlongsideAsync<T>(Func<CancellationToken, Task<T>> bot, CancellationToken cancellationToken)
    {
        using var stopPublishing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var publishing = PublishEveryIntervalAsync(stopPublishing.Token);
        try
        {
            return await bot(cancellationToken);
        }
        finally
        {
            await stopPublishing.CancelAsync();
            await publishing;

            // The bot's own token may be cancelled by now (Ctrl+C): the last publish gets a deadline of its own instead.
            using var grace = new CancellationTokenSource(StopGrace, time);
            try
            {
                await PublishAsync(grace.Token);
            }
            catch (OperationCanceledException e)
            {
                LogPublishFailed(logger, e);
            }
        }
    }

    private async Task PublishEveryIntervalAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await PublishAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// Throws only when <paramref name="cancellationToken"/> is cancelled: figures are not worth stopping the bot for,
    /// and the next publish tries again.
    /// </summary>
    private async Task PublishAsync(CancellationToken cancellationToken)
    {
        try
        {
            await scopes.SendAsync(new PublishCacheFiguresCommand(), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogPublishFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing the cache figures failed; admin stats shows the last ones published until the next publish")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception);
}
