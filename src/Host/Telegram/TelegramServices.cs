using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using TutorBot.Application.Common.Options;
using TutorBot.Host.Telegram.Processing;
using TutorBot.Host.Telegram.Receiving;
using TutorBot.Host.Telegram.Sending;

namespace TutorBot.Host.Telegram;

internal static class TelegramServices
{
    /// <summary>
    /// The Telegram transport. Nothing here talks to Telegram until <see cref="TelegramTransport.RunAsync"/>
    /// is called by <c>tutorbot run</c> with a token; the other commands only pay for the registrations.
    /// </summary>
    public static IServiceCollection AddTelegram(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelegramOptions>().Bind(configuration.GetSection(TelegramOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidation>();

        services.AddSingleton<ITelegramBotClient>(sp => CreateClient(sp.GetRequiredService<IOptions<TelegramOptions>>().Value));
        services.AddSingleton(sp => new MessageRateGuard(sp.GetRequiredService<IOptions<LimitsOptions>>().Value.MessagesPerMinute));
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<TransportHealth>();
        services.AddSingleton<HealthReporter>();
        services.AddSingleton<UpdateIntake>();
        services.AddSingleton<TelegramPoller>();
        services.AddSingleton<WebhookServer>();
        services.AddSingleton<UpdateDispatcher>();
        services.AddSingleton<UpdateProcessor>();
        services.AddSingleton<UpdateWriter>();
        services.AddSingleton<UpdateBatcher>();
        services.AddSingleton<TypingIndicator>();
        services.AddSingleton<SendRateLimits>();
        services.AddSingleton<SentLog>();
        services.AddSingleton<OutboxSender>();
        services.AddSingleton<DeliveryRetention>();
        services.AddSingleton<TelegramTransport>();
        return services;
    }

    private static TelegramBotClient CreateClient(TelegramOptions options)
    {
        var http = new HttpClient(new SocketsHttpHandler
        {
            // Long-lived client, so DNS changes are picked up by recycling connections now and then.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxConnectionsPerServer = options.MaxConcurrentSends + 4,
        })
        {
            // Every call carries its own deadline (the long poll's is long); one HttpClient timeout cannot fit all.
            Timeout = Timeout.InfiniteTimeSpan,
        };

        // Our own retries honour 429 per chat; the library's would hold the call (and the chat's lane) blindly.
        return new TelegramBotClient(new TelegramBotClientOptions(options.BotToken!, options.ApiBaseUrl) { RetryThreshold = 0 }, http);
    }
}
