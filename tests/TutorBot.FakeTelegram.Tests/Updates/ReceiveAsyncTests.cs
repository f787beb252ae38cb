using Telegram.Bot;
using Telegram.Bot.Types;

namespace TutorBot.FakeTelegram.Tests.Updates;

/// <summary>The client's own polling loop, as a bot built on it would run against the fake.</summary>
public sealed class ReceiveAsyncTests : FakeBotApiTestBase
{
    [Test]
    public async Task ReceiveAsync_HandlesAnUpdateAndConfirmsItWithTheNextPoll()
    {
        using var stop = new CancellationTokenSource(Patience);
        var received = new TaskCompletionSource<Update>(TaskCreationOptions.RunContinuationsAsynchronously);
        var receiving = Bot.ReceiveAsync(
            (_, update, _) => received.TrySetResult(update),
            (_, exception, _) => received.TrySetException(exception),
            cancellationToken: stop.Token);

        var id = Fake.SendText(1, "hi");
        var update = await received.Task.WaitAsync(stop.Token);
        await Fake.WaitForLongPollAsync(Patience);
        await stop.CancelAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(update.Id, Is.EqualTo(id));
            Assert.That(Fake.ConfirmedOffset, Is.EqualTo(id + 1));
            Assert.That(Fake.PendingUpdateCount, Is.Zero);
        }

        Assert.DoesNotThrowAsync(async () => await receiving, "the loop ends quietly when stopped");
    }
}
