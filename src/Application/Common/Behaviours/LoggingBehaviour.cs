using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Logging;
using TutorBot.Application.Common.Exceptions;
using TutorBot.Domain.Common;

namespace TutorBot.Application.Common.Behaviours;

/// <summary>Outermost behaviour: sees every request, including those refused by validation.</summary>
internal sealed class LoggingBehaviour<TRequest, TResponse>(ILogger<LoggingBehaviour<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : IRequest<TResponse>
{
    private static readonly string RequestName = typeof(TRequest).Name;

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        PipelineLog.Handling(logger, RequestName);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next();
            var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            PipelineLog.Handled(logger, RequestName, elapsedMs);
            return response;
        }
        catch (Exception e) when (e is ValidationException or NotFoundException or DomainException)
        {
            // Expected refusals of bad input: worth a trace, not an alarm.
            if (logger.IsEnabled(LogLevel.Information))
            {
                PipelineLog.Refused(logger, RequestName, e.Message);
            }

            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            PipelineLog.Failed(logger, e, RequestName);
            throw;
        }
    }
}
