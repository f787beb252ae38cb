using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TutorBot.Domain.Delivery;

namespace TutorBot.Host.Telegram.Receiving;

/// <summary>
/// The bot's own small web server, started only by <c>tutorbot run</c> (admin commands never bind a port):
/// the webhook endpoint, when a webhook is configured, and <c>GET /healthz</c>.
/// </summary>
internal sealed partial class WebhookServer(
    UpdateIntake intake,
    HealthReporter health,
    TransportHealth transport,
    IOptions<TelegramOptions> options,
    ILoggerFactory loggerFactory,
    TimeProvider time)
{
    internal const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>Telegram's updates are small; anything this big is not one.</summary>
    private const long MaxBodyBytes = 1 << 20;

    private readonly ILogger _logger = loggerFactory.CreateLogger<WebhookServer>();

    public async Task<WebApplication> StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.AddHealthChecks()
            .AddCheck("database", new DelegateHealthCheck(health.CheckDatabaseAsync))
            .AddCheck("telegram", new DelegateHealthCheck(_ => Task.FromResult(health.CheckTransport())));
        builder.WebHost.UseUrls(settings.EffectiveListenUrl);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxBodyBytes);

        var app = builder.Build();
        if (settings.UsesWebhook)
        {
            app.MapPost(settings.WebhookPath, (Func<HttpContext, Task<IResult>>)ReceiveAsync);
        }

        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthReporter.WriteAsync });
        await app.StartAsync(cancellationToken);
        LogListening(_logger, app.Urls);
        return app;
    }

    private async Task<IResult> ReceiveAsync(HttpContext context)
    {
        // Anyone can post to a public URL: only Telegram knows the secret. Checked before reading the body.
        var given = context.Request.Headers[SecretHeader].ToString();
        if (given.Length == 0)
        {
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(options.Value.WebhookSecret!)))
        {
            LogWrongSecret(_logger);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        string body;
        try
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            body = await reader.ReadToEndAsync(context.RequestAborted);
        }
        catch (BadHttpRequestException)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        // Broken bytes are read as U+FFFD, 3 bytes each: a body just under the limit can decode to a payload over it.
        if (Encoding.UTF8.GetByteCount(body) > InboxUpdate.MaxPayloadBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (InboundUpdate.Read(body, time.GetUtcNow().UtcDateTime) is not { } update)
        {
            return Results.BadRequest("The body is not a Telegram update.");
        }

        // Stored before the 200: Telegram forgets an update once it has our 200.
        await intake.AcceptAsync([update], context.RequestAborted);
        transport.RecordSuccess();
        return Results.Ok();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening on {Urls}")]
    private static partial void LogListening(ILogger logger, ICollection<string> urls);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a webhook request with a wrong secret")]
    private static partial void LogWrongSecret(ILogger logger);

    private sealed class DelegateHealthCheck(Func<CancellationToken, Task<HealthCheckResult>> check) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            check(cancellationToken);
    }
}
