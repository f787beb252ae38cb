using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OpenAI;

namespace TutorBot.FakeOpenAI.Tests;

/// <summary>A fresh fake per test and the real OpenAI client pointed at it, with its own retries off so each fault shows.</summary>
public abstract class FakeModelServerTestBase
{
    protected const string ApiKey = "sk-test-key";

    protected const string ModelName = "tutor-test-model";

    /// <summary>Generous: only reached when something is broken, and it must not make a noisy machine fail.</summary>
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    protected FakeModelServer Fake { get; private set; } = null!;

    protected IChatClient Client { get; private set; } = null!;

    [SetUp]
    public async Task StartFakeAsync()
    {
        Fake = await FakeModelServer.StartAsync();
        Client = CreateClient(Fake.Endpoint);
    }

    [TearDown]
    public async Task StopFakeAsync()
    {
        Client.Dispose();
        await Fake.DisposeAsync();
    }

    protected static IChatClient CreateClient(Uri endpoint) =>
        new OpenAIClient(new ApiKeyCredential(ApiKey), new OpenAIClientOptions { Endpoint = endpoint, RetryPolicy = new ClientRetryPolicy(maxRetries: 0) })
            .GetChatClient(ModelName)
            .AsIChatClient();

    protected Task<ChatResponse> AskAsync(string question = "What is a fraction?") =>
        Client.GetResponseAsync(question, cancellationToken: Within(Patience));

    protected static CancellationToken Within(TimeSpan time) => new CancellationTokenSource(time).Token;
}
