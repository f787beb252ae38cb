using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TutorBot.Application.Common.Options;

namespace TutorBot.Application.Common.Behaviours;

/// <summary>
/// Innermost behaviour: times the handler alone, so waiting for the write lock is not counted. The first
/// request of each kind is not judged: it pays for JIT and EF Core query compilation once per process.
/// </summary>
internal sealed class SlowRequestBehaviour<TRequest, TResponse>(
    ILogger<SlowRequestBehaviour<TRequest, TResponse>> logger,
    IOptions<DiagnosticsOptions> options)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : IRequest<TResponse>
{
    private static int _handledBefore;

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var warmingUp = Interlocked.Exchange(ref _handledBefore, 1) == 0;
        var started = Stopwatch.GetTimestamp();
        var response = await next();
        var elapsed = Stopwatch.GetElapsedTime(started);
        var threshold = options.Value.SlowRequestThreshold;
        if (elapsed > threshold && !warmingUp)
        {
            PipelineLog.Slow(logger, typeof(TRequest).Name, elapsed.TotalMilliseconds, threshold.TotalMilliseconds);
        }

        return response;
    }
}
