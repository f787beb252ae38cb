using Microsoft.Extensions.AI;

namespace TutorBot.FakeOpenAI.Tests.Protocol;

public sealed class RecordingTests : FakeModelServerTestBase
{
    [Test]
    public async Task Request_IsRecordedWithModelMessagesInOrderOptionsAndKey()
    {
        ChatMessage[] messages =
        [
            new(ChatRole.System, "You are a patient tutor."),
            new(ChatRole.User, "What is 1/2 + 1/4?"),
            new(ChatRole.Assistant, "Find a common denominator first."),
            new(ChatRole.User, "So 3/4?"),
        ];

        await Client.GetResponseAsync(messages, new ChatOptions { Temperature = 0.25f, MaxOutputTokens = 300 }, Within(Patience));

        var request = Fake.Requests.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(request.Model, Is.EqualTo(ModelName));
            Assert.That(request.Messages, Is.EqualTo(new[]
            {
                new RecordedMessage("system", "You are a patient tutor."),
                new RecordedMessage("user", "What is 1/2 + 1/4?"),
                new RecordedMessage("assistant", "Find a common denominator first."),
                new RecordedMessage("user", "So 3/4?"),
            }));
            Assert.That(request.Temperature, Is.EqualTo(0.25).Within(1e-6));
            Assert.That(request.MaxTokens, Is.EqualTo(300));
            Assert.That(request.Stream, Is.False);
            Assert.That(request.Authorization, Is.EqualTo("Bearer " + ApiKey));
            Assert.That(request.BearerToken, Is.EqualTo(ApiKey));
            Assert.That(request.Json, Does.Contain("\"So 3/4?\""));
        }
    }

    [Test]
    public async Task Request_WithoutOptions_HasNoTemperatureOrMaxTokens()
    {
        await AskAsync();

        var request = Fake.Requests.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(request.Temperature, Is.Null);
            Assert.That(request.MaxTokens, Is.Null);
        }
    }

    [Test]
    public async Task EveryRequest_IsRecorded_FailedOnesToo()
    {
        Fake.FailNext(1);

        Assert.That(async () => await AskAsync("first"), Throws.Exception);
        await AskAsync("second");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Fake.CallCount, Is.EqualTo(2));
            Assert.That(Fake.Requests.Select(r => r.Messages[^1].Content), Is.EqualTo(new[] { "first", "second" }));
        }
    }

    [Test]
    public async Task WaitForCallsAsync_CompletesWhenTheCallsHaveArrived()
    {
        Fake.Enqueue(ModelOutcome.Delay(Patience * 2));
        using var cancel = new CancellationTokenSource();
        var pending = Client.GetResponseAsync("slow", cancellationToken: cancel.Token);

        await Fake.WaitForCallsAsync(1, Patience);
        await cancel.CancelAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Fake.Requests.Single().Messages.Single().Content, Is.EqualTo("slow"));
            Assert.That(async () => await pending, Throws.InstanceOf<OperationCanceledException>());
        }
    }

    [Test]
    public void WaitForCallsAsync_WhenTooFewArrive_ThrowsTimeoutWithTheCount()
    {
        var exception = Assert.ThrowsAsync<TimeoutException>(() => Fake.WaitForCallsAsync(1, TimeSpan.FromMilliseconds(50)));

        Assert.That(exception.Message, Does.Contain("0 arrived"));
    }
}
