using System.Threading.Channels;
using MediatR;
using TutorBot.Application.Delivery.PurgeDelivered;
using TutorBot.Host.Tests.Telegram.Units;

namespace TutorBot.Host.Tests.Telegram.Retention;

/// <summary>
/// Tells a test how each <see cref="PurgeDeliveredCommand"/> ended, once it has ended: its counts, or null when it
/// failed on purpose when armed. Awaiting the outcome replaces any waiting for the retention loop.
/// </summary>
internal sealed class PurgeWatch
{
    private readonly Channel<PurgeDeliveredResult?> _outcomes = Channel.CreateUnbounded<PurgeDeliveredResult?>();
    private int _failNext;

    /// <summary>The next purge fails before it deletes anything.</summary>
    public void FailNext() => Interlocked.Exchange(ref _failNext, 1);

    public Task<PurgeDeliveredResult?> NextOutcomeAsync() => _outcomes.Reader.ReadAsync().AsTask().Soon();

    public int OutcomesWaiting => _outcomes.Reader.Count;

    /// <summary>Innermost in the pipeline, around the handler.</summary>
    internal sealed class Behaviour(PurgeWatch watch) : IPipelineBehavior<PurgeDeliveredCommand, PurgeDeliveredResult>
    {
        public async Task<PurgeDeliveredResult> Handle(
            PurgeDeliveredCommand request, CancellationToken cancellationToken, RequestHandlerDelegate<PurgeDeliveredResult> next)
        {
            if (Interlocked.Exchange(ref watch._failNext, 0) == 1)
            {
                watch._outcomes.Writer.TryWrite(null);
                throw new InjectedPurgeFailureException();
            }

            var result = await next();
            watch._outcomes.Writer.TryWrite(result);
            return result;
        }
    }
}

internal sealed class InjectedPurgeFailureException() : Exception("The purge failed on purpose.");
