using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TutorBot.Application.Delivery.MarkOutboxSent;

namespace TutorBot.Host.Telegram.Sending;

/// <summary>
/// Marks delivered outbox messages as sent, many per transaction: one transaction per message would make
/// the database, not Telegram, the bottleneck. A crash before the mark means that message is sent again
/// after restart (at most once more), never that it is lost.
/// </summary>
internal sealed partial class SentLog(IServiceScopeFactory scopes, ILogger<SentLog> logger)
{
    private const int MaxBatch = 500;
    private readonly Channel<long> _sent = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true });
    private Task? _writer;

    public void Start() => _writer = Task.Run(WriteAsync);

    public void Add(long outboxId) => _sent.Writer.TryWrite(outboxId);

    /// <summary>Writes what is left, then stops.</summary>
    public async Task StopAsync()
    {
        _sent.Writer.TryComplete();
        if (_writer is not null)
        {
            await _writer;
        }
    }

    private async Task WriteAsync()
    {
        var batch = new List<long>(MaxBatch);
        while (await _sent.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _sent.Reader.TryRead(out var id))
            {
                batch.Add(id);
            }

            try
            {
                await scopes.SendAsync(new MarkOutboxSentCommand([.. batch]), CancellationToken.None);
                batch.Clear();
            }
            catch (Exception e)
            {
                // Kept and tried again with the next batch; meanwhile they stay "pending" in the database.
                LogMarkFailed(logger, e, batch.Count);
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not mark {Count} outbox messages as sent; will try again")]
    private static partial void LogMarkFailed(ILogger logger, Exception exception, int count);
}
