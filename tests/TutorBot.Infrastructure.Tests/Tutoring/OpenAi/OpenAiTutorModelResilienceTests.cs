using System.ClientModel;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Polly.CircuitBreaker;
using Polly.Timeout;
using TutorBot.FakeOpenAI;
using TutorBot.Infrastructure.Tutoring.OpenAi;

namespace TutorBot.Infrastructure.Tests.Tutoring.OpenAi;

public sealed class OpenAiTutorModelResilienceTests
{
    [Test]
    public async Task TooManyRequests_WithRetryAfterOneSecond_IsRetried_AndAnswers()
    {
        await using var host = await OpenAiModelHost.StartAsync();
        host.Fake.FailNext(1, status: 429, retryAfterSeconds: 1);
        host.Fake.Enqueue(ModelOutcome.Answer("After the wait."));

        var response = await host.AskAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Text, Is.EqualTo("After the wait."));
            Assert.That(host.Fake.CallCount, Is.EqualTo(2));
        }
    }

    [Test]
    public async Task ServerErrorTwice_ThenSuccess_Answers()
    {
        await using var host = await OpenAiModelHost.StartAsync();
        host.Fake.FailNext(2, status: 500);
        host.Fake.Enqueue(ModelOutcome.Answer("Third time lucky."));

        var response = await host.AskAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Text, Is.EqualTo("Third time lucky."));
            Assert.That(host.Fake.CallCount, Is.EqualTo(3));
        }
    }

    [TestCase(500)]
    [TestCase(503)]
    [TestCase(429)]
    public async Task FailingEveryTime_AfterTheRetries_IsAClientResultExceptionWithTheLastStatus(int status)
    {
        await using var host = await OpenAiModelHost.StartAsync();
        host.Fake.FailNext(TutorModelResilience.MaxRetries + 1, status);

        var exception = Assert.ThrowsAsync<ClientResultException>(() => host.AskAsync());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Status, Is.EqualTo(status));
            Assert.That(host.Fake.CallCount, Is.EqualTo(TutorModelResilience.MaxRetries + 1));
        }
    }

    [Test]
    public async Task TooManyRequests_WithARetryAfterLongerThanHalfTheTimeout_IsNotWaitedFor()
    {
        await using var host = await OpenAiModelHost.StartAsync(TimeSpan.FromSeconds(5));
        host.Fake.FailNext(1, status: 429, retryAfterSeconds: 60);

        var exception = Assert.ThrowsAsync<ClientResultException>(() => host.AskAsync());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Status, Is.EqualTo(429));
            Assert.That(host.Fake.CallCount, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task ClientErrors_AreNotRetried()
    {
        await using var host = await OpenAiModelHost.StartAsync();
        host.Fake.FailNext(1, status: 401);

        var exception = Assert.ThrowsAsync<ClientResultException>(() => host.AskAsync());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Status, Is.EqualTo(401));
            Assert.That(host.Fake.CallCount, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task SlowerThanTheTimeout_IsATimeoutRejectedException()
    {
        await using var host = await OpenAiModelHost.StartAsync(TimeSpan.FromSeconds(2));
        host.Fake.Enqueue(ModelOutcome.Delay(TimeSpan.FromMinutes(1)), times: TutorModelResilience.MaxRetries + 1);

        Assert.That(async () => await host.AskAsync(), Throws.TypeOf<TimeoutRejectedException>());
    }

    [Test]
    public async Task MalformedJson_IsAJsonException_AndIsNotRetried()
    {
        await using var host = await OpenAiModelHost.StartAsync();
        host.Fake.Enqueue(ModelOutcome.MalformedJson);

        Assert.That(async () => await host.AskAsync(), Throws.InstanceOf<JsonException>());
        Assert.That(host.Fake.CallCount, Is.EqualTo(1));
    }

    [Test]
    public async Task CallerCancellation_IsAnOperationCanceledException_NotATimeout()
    {
        await using var host = await OpenAiModelHost.StartAsync();
        host.Fake.Enqueue(ModelOutcome.Delay(TimeSpan.FromMinutes(1)));
        using var cancel = new CancellationTokenSource();
        var pending = host.Model.GetResponseAsync("slow", cancellationToken: cancel.Token);
        await host.Fake.WaitForCallsAsync(1, OpenAiModelHost.Patience);

        await cancel.CancelAsync();

        Assert.That(async () => await pending, Throws.InstanceOf<OperationCanceledException>().And.Not.InstanceOf<TimeoutRejectedException>());
    }

    [Test]
    public async Task EnoughFailures_OpenTheCircuit_AndTheNextCallFailsWithoutReachingTheModel()
    {
        await using var host = await OpenAiModelHost.StartAsync();
        host.Fake.FailNext(100, status: 500);
        var opened = false;
        for (var call = 0; call < TutorModelResilience.BreakerMinimumThroughput && !opened; call++)
        {
            opened = await ThrowsBrokenCircuitAsync(host);
        }

        var callsWhenOpen = host.Fake.CallCount;
        var next = Assert.ThrowsAsync<BrokenCircuitException>(() => host.AskAsync());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(opened, Is.True, "the circuit never opened");
            Assert.That(next, Is.Not.Null);
            Assert.That(host.Fake.CallCount, Is.EqualTo(callsWhenOpen));
        }
    }

    private static async Task<bool> ThrowsBrokenCircuitAsync(OpenAiModelHost host)
    {
        try
        {
            await host.AskAsync();
            return false;
        }
        catch (BrokenCircuitException)
        {
            return true;
        }
        catch (ClientResultException exception) when (exception.Status == 500)
        {
            return false;
        }
    }
}
