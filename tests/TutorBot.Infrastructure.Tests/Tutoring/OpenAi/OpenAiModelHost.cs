using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TutorBot.Application.Tutoring;
using TutorBot.FakeOpenAI;
using TutorBot.Infrastructure.Tutoring.OpenAi;

namespace TutorBot.Infrastructure.Tests.Tutoring.OpenAi;

/// <summary>The fake model server and real services registered by <c>AddOpenAiTutorModel</c>, pointed at it.</summary>
internal sealed class OpenAiModelHost : IAsyncDisposable
{
    public const string ApiKey = "sk-secret-tutor-key-0123456789";

    public const string ModelName = "tutor-model-under-test";

    /// <summary>Generous: only reached when something is broken, and it must not make a noisy machine fail.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly ServiceProvider _services;

    private OpenAiModelHost(FakeModelServer fake, ServiceProvider services, CapturedLogs logs)
    {
        Fake = fake;
        _services = services;
        Logs = logs;
    }

    public FakeModelServer Fake { get; }

    public CapturedLogs Logs { get; }

    public IServiceProvider Services => _services;

    public IChatClient Model => _services.GetRequiredKeyedService<IChatClient>(TutorModels.OpenAI);

    /// <param name="timeout">
    /// Ai:Timeout. Five seconds leaves room for two retries and a one-second Retry-After on a slow machine;
    /// tests that need the timeout to strike pass a shorter one.
    /// </param>
    public static async Task<OpenAiModelHost> StartAsync(TimeSpan? timeout = null, string? apiKey = ApiKey, AiProvider provider = AiProvider.OpenAI)
    {
        var fake = await FakeModelServer.StartAsync();
        var logs = new CapturedLogs();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddOptions<AiOptions>().Configure(options =>
        {
            options.Provider = provider;
            options.Endpoint = fake.Endpoint.ToString();
            options.Model = ModelName;
            options.ApiKey = apiKey;
            options.Timeout = timeout ?? TimeSpan.FromSeconds(5);
        });
        services.AddOpenAiTutorModel();
        return new OpenAiModelHost(fake, services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }), logs);
    }

    public Task<ChatResponse> AskAsync(string question = "What is a fraction?") =>
        Model.GetResponseAsync(question, cancellationToken: new CancellationTokenSource(Patience).Token);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Fake.DisposeAsync();
    }
}
