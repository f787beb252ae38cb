using System.ClientModel;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace TutorBot.FakeOpenAI.Tests.Faults;

public sealed class ScriptedFaultTests : FakeModelServerTestBase
{
    [Test]
    public void Status429_WithRetryAfter_IsAClientResultExceptionCarryingTheHeaderAndOpenAiError()
    {
        Fake.Enqueue(ModelOutcome.Status(429, retryAfterSeconds: 3));

        var exception = Assert.ThrowsAsync<ClientResultException>(() => AskAsync());

        string? retryAfter = null;
        exception.GetRawResponse()?.Headers.TryGetValue("Retry-After", out retryAfter);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Status, Is.EqualTo(429));
            Assert.That(retryAfter, Is.EqualTo("3"));
            Assert.That(exception.Message, Does.Contain("rate_limit_exceeded"));
        }
    }

    [TestCase(500)]
    [TestCase(503)]
    public void ServerError_IsAClientResultExceptionWithThatStatus(int status)
    {
        Fake.Enqueue(ModelOutcome.Status(status));

        var exception = Assert.ThrowsAsync<ClientResultException>(() => AskAsync());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Status, Is.EqualTo(status));
            Assert.That(exception.Message, Does.Contain("server_error"));
        }
    }

    [Test]
    public void Status_WithAMessage_ShowsItToTheClient()
    {
        Fake.Enqueue(ModelOutcome.Status(404, message: "The model 'nope' does not exist."));

        var exception = Assert.ThrowsAsync<ClientResultException>(() => AskAsync());

        Assert.That(exception.Message, Does.Contain("The model 'nope' does not exist."));
    }

    [Test]
    public async Task FailNext_FailsThatManyCalls_ThenAnswers()
    {
        Fake.FailNext(2, status: 502);

        var first = Assert.ThrowsAsync<ClientResultException>(() => AskAsync());
        var second = Assert.ThrowsAsync<ClientResultException>(() => AskAsync());
        var third = await AskAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(new[] { first.Status, second.Status }, Is.EqualTo(new[] { 502, 502 }));
            Assert.That(third.Text, Is.EqualTo("The fake model's answer."));
        }
    }

    [Test]
    public void MalformedJson_IsAJsonException()
    {
        Fake.Enqueue(ModelOutcome.MalformedJson);

        Assert.That(async () => await AskAsync(), Throws.InstanceOf<JsonException>());
    }

    [Test]
    public void EmptyChoices_MakesTheClientThrow()
    {
        Fake.Enqueue(ModelOutcome.EmptyChoices);

        // OpenAI 2.x reads choices[0] unchecked: the caller sees an ArgumentOutOfRangeException, not a protocol error.
        Assert.That(async () => await AskAsync(), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public async Task EmptyAndNullContent_AreAnsweredWithEmptyText()
    {
        Fake.Enqueue(ModelOutcome.EmptyContent);
        Fake.Enqueue(ModelOutcome.NullContent);

        var empty = await AskAsync();
        var none = await AskAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(empty.Text, Is.Empty);
            Assert.That(none.Text, Is.Empty);
            Assert.That(Fake.Requests[1].Json, Is.Not.Empty);
        }
    }

    [Test]
    public async Task Delay_WhenTheClientGivesUp_IsCancelled_AndTheFakeStillAnswersTheNextCall()
    {
        Fake.Enqueue(ModelOutcome.Delay(Patience * 2));
        using var giveUp = new CancellationTokenSource();
        var slow = Client.GetResponseAsync("slow", cancellationToken: giveUp.Token);
        await Fake.WaitForCallsAsync(1, Patience);

        await giveUp.CancelAsync();

        Assert.That(async () => await slow, Throws.InstanceOf<OperationCanceledException>());
        Assert.That((await AskAsync()).Text, Is.EqualTo("The fake model's answer."));
    }

    [Test]
    public void Streaming_IsRefusedWithA400()
    {
        var exception = Assert.ThrowsAsync<ClientResultException>(async () =>
        {
            await foreach (var update in Client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "hi")], cancellationToken: Within(Patience)))
            {
                Assert.Fail($"No update expected, got '{update.Text}'.");
            }
        });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.Status, Is.EqualTo(400));
            Assert.That(Fake.Requests.Single().Stream, Is.True);
        }
    }
}
