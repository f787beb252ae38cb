using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace TutorBot.FakeTelegram.Tests.Updates;

public sealed class LongPollTests : FakeBotApiTestBase
{
    [Test]
    public async Task GetUpdates_WhileWaiting_ReturnsWhenAnUpdateArrives()
    {
        var poll = Bot.GetUpdates(timeout: 30, cancellationToken: Within(Patience));
        await Fake.WaitForLongPollAsync(Patience);

        var id = Fake.SendText(5, "late");

        var updates = await poll;
        Assert.That(updates.Select(u => u.Id), Is.EqualTo(new[] { id }));
    }

    [Test]
    public async Task GetUpdates_WhenNothingArrives_ReturnsEmptyAfterTheTimeout()
    {
        var updates = await Bot.GetUpdates(timeout: 1, cancellationToken: Within(Patience));

        Assert.That(updates, Is.Empty);
    }

    [Test]
    public async Task GetUpdates_WhenANewerPollArrives_EndsTheWaitingOneWithConflict()
    {
        var older = Bot.GetUpdates(timeout: 30, cancellationToken: Within(Patience));
        await Fake.WaitForLongPollAsync(Patience);

        var newer = await Bot.GetUpdates(timeout: 0);

        var exception = Assert.ThrowsAsync<ApiRequestException>(async () => await older);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.ErrorCode, Is.EqualTo(409));
            Assert.That(exception.Message, Does.StartWith("Conflict: terminated by other getUpdates request"));
            Assert.That(newer, Is.Empty);
        }
    }

    [Test]
    public void WaitForLongPoll_WhenNobodyPolls_TimesOut()
    {
        Assert.ThrowsAsync<TimeoutException>(() => Fake.WaitForLongPollAsync(TimeSpan.FromMilliseconds(50)));
    }
}
