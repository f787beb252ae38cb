using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenAI;
using TutorBot.Application.Tutoring;

namespace TutorBot.Infrastructure.Tutoring.OpenAi;

public static class OpenAiTutorModelServices
{
    internal const string HttpClientName = "tutor-model";

    /// <summary>Sent when <c>Ai:ApiKey</c> is empty: the client insists on a key, local servers ignore it.</summary>
    internal const string PlaceholderApiKey = "no-key";

    /// <summary>The singleton keeps one HttpClient for good, so its connections are renewed to notice DNS changes.</summary>
    private static readonly TimeSpan PooledConnectionLifetime = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Registers the keyed singleton <see cref="IChatClient"/> <see cref="TutorModels.OpenAI"/>: the OpenAI-compatible
    /// model of <see cref="AiOptions"/> behind <see cref="TutorModelResilience"/>. Register it whatever the provider;
    /// resolve it only when <c>Ai:Provider</c> is OpenAI (otherwise resolving throws <see cref="InvalidOperationException"/>).
    /// </summary>
    public static IServiceCollection AddOpenAiTutorModel(this IServiceCollection services)
    {
        services.AddHttpClient(HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = PooledConnectionLifetime })
            // The factory's own request logging puts the raw header values, the key in Authorization among them,
            // into the structured state of its Trace "Request Headers" line; RedactLoggedHeaders only masks the
            // message text. Structured sinks would write the key, so that logging is off; Polly's telemetry still
            // logs each attempt, its status and duration.
            .RemoveAllLoggers()
            .AddResilienceHandler(HttpClientName, (pipeline, context) =>
                TutorModelResilience.Configure(pipeline, context.ServiceProvider.GetRequiredService<IOptions<AiOptions>>().Value.Timeout));
        services.AddKeyedSingleton<IChatClient>(TutorModels.OpenAI, (provider, _) => Create(provider));
        return services;
    }

    private static IChatClient Create(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<AiOptions>>().Value;
        if (options.Provider != AiProvider.OpenAI || options.Endpoint is null || string.IsNullOrWhiteSpace(options.Model))
        {
            throw new InvalidOperationException(
                $"The '{TutorModels.OpenAI}' tutor model needs {AiOptions.SectionName}:Provider OpenAI with an Endpoint and a Model.");
        }

        var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
        var key = string.IsNullOrWhiteSpace(options.ApiKey) ? PlaceholderApiKey : options.ApiKey;
        var client = new OpenAIClient(new ApiKeyCredential(key), new OpenAIClientOptions
        {
            Endpoint = new Uri(options.Endpoint),
            Transport = new HttpClientPipelineTransport(http),
            // Our pipeline retries and times out; the client's own retries would multiply the attempts.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            // Ours ends when the headers arrive; this only catches a body that stalls after them, and is longer
            // than ours so the two never race for the same failure.
            NetworkTimeout = options.Timeout * 2,
        });
        return client.GetChatClient(options.Model).AsIChatClient();
    }
}
