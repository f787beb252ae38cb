using Telegram.Bot;

namespace TutorBot.FakeTelegram.Tests.Sending;

public sealed class UnlimitedSendingTests : FakeBotApiTestBase
{
    protected override FakeBotApiOptions CreateOptions() => new() { EnforceLimits = false };

    [Test]
    public async Task SendMessage_WithLimitsOff_AcceptsEverything()
    {
        for (var i = 0; i < 5; i++)
        {
            await Bot.SendMessage(1, "again");
        }

        Assert.That(Fake.Sent, Has.Count.EqualTo(5));
        Assert.That(Fake.RateLimitRefusals, Is.Zero);
    }

    [Test]
    public async Task SendMessage_InParallel_RecordsEveryMessageOnceWithUniqueIds()
    {
        await Task.WhenAll(Enumerable.Range(1, 200).Select(chat => Bot.SendMessage(chat, "hi")));

        var sent = Fake.Sent;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sent, Has.Count.EqualTo(200));
            Assert.That(sent.Select(m => m.MessageId), Is.Unique);
            Assert.That(sent.Select(m => m.ChatId), Is.EquivalentTo(Enumerable.Range(1, 200).Select(i => (long)i)));
            Assert.That(sent.Select(m => m.MessageId), Is.Ordered, "Sent is in acceptance order");
        }
    }

    [Test]
    public async Task WaitForSent_ReturnsOnceTheConditionHolds()
    {
        var waiting = Fake.WaitForSentAsync(sent => sent.Count >= 2, Patience);

        await Bot.SendMessage(1, "a");
        await Bot.SendMessage(1, "b");

        Assert.That((await waiting).Select(m => m.Text), Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public async Task WaitForSent_WhenItDoesNotHappen_SaysWhatWasSent()
    {
        await Bot.SendMessage(1, "only this");

        var exception = Assert.ThrowsAsync<TimeoutException>(() => Fake.WaitForSentAsync(sent => sent.Count >= 2, TimeSpan.FromMilliseconds(50)));

        Assert.That(exception.Message, Does.Contain("1 sent so far").And.Contain("only this"));
    }
}
