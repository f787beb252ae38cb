using System.Threading.Channels;
using MediatR;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Stats.PublishCacheFigures;
using TutorBot.Host.Tests.Telegram.Units;

namespace TutorBot.Host.Tests.Stats;

/// <summary>
/// Tells a test how each <see cref="PublishCacheFiguresCommand"/> ended, once it has ended: committed (the rows are in
/// the file), or failed on purpose when armed. Awaiting the outcome replaces any waiting for the publisher's loop.
/// </summary>
internal sealed class PublishWatch
{
    private readonly Channel<bool> _outcomes = Channel.CreateUnbounded<bool>();
    private int _failNext;

    /// <summary>The next publish fails after its handler wrote, so its transaction rolls back.</summary>
    public void FailNext() => Interlocked.Exchange(ref _failNext, 1);

    /// <summary>True when the next publish committed, false when it failed as armed.</summary>
    public Task<bool> NextOutcomeAsync() => _outcomes.Reader.ReadAsync().AsTask().Soon();

    public int OutcomesWaiting => _outcomes.Reader.Count;

    /// <summary>Innermost in the pipeline, inside the command's transaction.</summary>
    internal sealed class Behaviour(PublishWatch watch, IDatabaseTransactions transactions) : IPipelineBehavior<PublishCacheFiguresCommand, Unit>
    {
        public async Task<Unit> Handle(PublishCacheFiguresCommand request, CancellationToken cancellationToken, RequestHandlerDelegate<Unit> next)
        {
            var response = await next();
            if (Interlocked.Exchange(ref watch._failNext, 0) == 1)
            {
                watch._outcomes.Writer.TryWrite(false);
                throw new InjectedPublishFailureException();
            }

            transactions.AfterCommit(() => watch._outcomes.Writer.TryWrite(true));
            return response;
        }
    }
}

internal sealed class InjectedPublishFailureException() : Exception("The publish failed on purpose.");
