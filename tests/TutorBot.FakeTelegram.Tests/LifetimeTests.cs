using Telegram.Bot;

namespace TutorBot.FakeTelegram.Tests;

public sealed class LifetimeTests : FakeBotApiTestBase
{
    [Test]
    public async Task StartAsync_ListensOnALoopbackPortOfItsOwn()
    {
        await using var other = await FakeBotApi.StartAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Fake.BaseUrl.Host, Is.EqualTo("127.0.0.1"));
            Assert.That(Fake.BaseUrl.Port, Is.Not.Zero);
            Assert.That(other.BaseUrl.Port, Is.Not.EqualTo(Fake.BaseUrl.Port));
        }
    }

    [Test]
    public async Task Dispose_AnswersAParkedLongPollAtOnce()
    {
        var poll = Bot.GetUpdates(timeout: 30, cancellationToken: Within(Patience));
        await Fake.WaitForLongPollAsync(Patience);

        await Fake.DisposeAsync().AsTask().WaitAsync(Patience);

        Assert.That(await poll, Is.Empty);
    }

    [Test]
    public async Task Dispose_Twice_IsHarmless()
    {
        await Fake.DisposeAsync();

        Assert.DoesNotThrowAsync(async () => await Fake.DisposeAsync());
    }
}
