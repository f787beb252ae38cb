using Microsoft.Extensions.AI;

namespace TutorBot.FakeOpenAI.Tests;

public sealed class LifetimeTests : FakeModelServerTestBase
{
    [Test]
    public async Task StartAsync_ListensOnALoopbackPortOfItsOwn_UnderV1()
    {
        await using var other = await FakeModelServer.StartAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Fake.Endpoint.Host, Is.EqualTo("127.0.0.1"));
            Assert.That(Fake.Endpoint.AbsolutePath, Is.EqualTo("/v1"));
            Assert.That(other.Endpoint.Port, Is.Not.EqualTo(Fake.Endpoint.Port));
        }
    }

    [Test]
    public async Task Dispose_EndsAScriptedDelayAtOnce()
    {
        Fake.Enqueue(ModelOutcome.Delay(TimeSpan.FromMinutes(5)));
        var slow = Client.GetResponseAsync("slow", cancellationToken: Within(Patience * 3));
        await Fake.WaitForCallsAsync(1, Patience);

        await Fake.DisposeAsync().AsTask().WaitAsync(Patience);

        Assert.That(async () => await slow, Throws.Exception.Not.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task Dispose_Twice_IsHarmless()
    {
        await Fake.DisposeAsync();

        Assert.DoesNotThrowAsync(async () => await Fake.DisposeAsync());
    }
}
