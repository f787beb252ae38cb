using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TutorBot.Application.Common.Interfaces;

namespace TutorBot.Host.Telegram;

/// <summary>What <c>/healthz</c> reports: can the database be reached, and is Telegram answering.</summary>
internal sealed class HealthReporter(IServiceScopeFactory scopes, TransportHealth transport)
{
    public async Task<HealthCheckResult> CheckDatabaseAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ITutorBotDbContext>().Context;
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy("the database answers")
                : HealthCheckResult.Unhealthy("the database cannot be opened");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("the database failed", e);
        }
    }

    public HealthCheckResult CheckTransport()
    {
        var status = transport.Read();
        var description = $"{status.Mode}; last success {status.LastSuccessUtc?.ToString("O") ?? "never"}" +
                          (status.ConsecutiveFailures > 0 ? $"; {status.ConsecutiveFailures} failure(s) since: {status.LastProblem}" : string.Empty);
        return status.IsHealthy ? HealthCheckResult.Healthy(description) : HealthCheckResult.Unhealthy(description);
    }

    /// <summary>A small JSON document: overall status and one entry per check.</summary>
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }
}
