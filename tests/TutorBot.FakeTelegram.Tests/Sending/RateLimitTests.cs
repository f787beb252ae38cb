using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace TutorBot.FakeTelegram.Tests.Sending;

public sealed class RateLimitTests : FakeBotApiTestBase
{
    // A one-minute window: the second send is surely "too soon" however slow the machine.
    protected override FakeBotApiOptions CreateOptions() => new()
    {
        LimitTolerance = TimeSpan.FromSeconds(-59),
        GlobalMessagesPerSecond = 3,
        RetryAfterSeconds = 4,
    };

    [Test]
    public async Task SendMessage_TwiceQuicklyToOneChat_RefusesTheSecondWithRetryAfter()
    {
        await Bot.SendMessage(1, "first");

        var exception = Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(1, "second"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.ErrorCode, Is.EqualTo(429));
            Assert.That(exception.Parameters?.RetryAfter, Is.EqualTo(4));
            Assert.That(Fake.RateLimitRefusals, Is.EqualTo(1));
            Assert.That(Fake.Sent.Select(m => m.Text), Is.EqualTo(new[] { "first" }));
        }
    }

    [Test]
    public async Task SendMessage_ToDifferentChats_HasIndependentPerChatLimits()
    {
        await Bot.SendMessage(1, "to one");
        await Bot.SendMessage(2, "to two");

        Assert.That(Fake.Sent, Has.Count.EqualTo(2));
        Assert.That(Fake.RateLimitRefusals, Is.Zero);
    }

    [Test]
    public async Task SendMessage_OverTheGlobalLimit_IsRefused()
    {
        await Bot.SendMessage(1, "a");
        await Bot.SendMessage(2, "b");
        await Bot.SendMessage(3, "c");

        var exception = Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(4, "d"));

        Assert.That(exception.ErrorCode, Is.EqualTo(429));
        Assert.That(Fake.Sent, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task SendChatAction_IsNotRateLimited()
    {
        await Bot.SendMessage(1, "a");

        await Bot.SendChatAction(1, Telegram.Bot.Types.Enums.ChatAction.Typing);
        await Bot.SendChatAction(1, Telegram.Bot.Types.Enums.ChatAction.Typing);

        Assert.That(Fake.ChatActions, Has.Count.EqualTo(2));
    }
}
