using TutorBot.Host.Telegram;

namespace TutorBot.Host.Tests.Telegram.Units;

/// <summary>One chat's queue: kept in key order behind the item in progress, and a signal when more arrives.</summary>
public sealed class ChatLaneTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1.5);

    [Test]
    public void Add_OutOfOrder_IsSortedByKey_BehindTheFirstItem()
    {
        var lane = NewLane();

        foreach (var key in new long[] { 5, 9, 7, 3, 8, 6 })
        {
            lane.Add(key);
        }

        // The first item may already be in progress, so it stays first even with a larger key.
        Assert.That(Items(lane), Is.EqualTo(new long[] { 5, 3, 6, 7, 8, 9 }));
    }

    [Test]
    public void Add_EqualKeys_KeepArrivalOrder()
    {
        var lane = new ChatLane<(long Key, string Name)>(1, item => item.Key);

        lane.Add((1, "head"));
        lane.Add((4, "a"));
        lane.Add((4, "b"));
        lane.Add((2, "c"));

        Assert.That(Enumerable.Range(0, lane.Count).Select(i => lane.PeekAt(i).Name), Is.EqualTo(new[] { "head", "c", "a", "b" }));
    }

    [Test]
    public void Take_RemovesTheHandledItems_AndCountsWhatWasTaken()
    {
        var lane = NewLane();
        lane.Add(1);
        lane.Add(2);
        lane.Add(3);

        lane.Take([1, 2]);
        lane.Take([3]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(lane.Count, Is.Zero);
            Assert.That(lane.Taken, Is.EqualTo(3));
        }
    }

    [Test]
    public void Take_AfterAnEarlierItemWasPutBehindTheHead_RemovesOnlyTheItemsThatWereHandled()
    {
        var lane = NewLane();
        lane.Add(10);
        lane.Add(12);
        var handled = new[] { lane.PeekAt(0), lane.PeekAt(1) };
        lane.Add(11);

        lane.Take(handled);

        Assert.That(lane.PeekAt(0), Is.EqualTo(11));
        Assert.That(lane.Count, Is.EqualTo(1));
    }

    [Test]
    public void PeekAt_BeyondTheEnd_IsDefault()
    {
        var lane = NewLane();
        lane.Add(7);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(lane.PeekAt(0), Is.EqualTo(7));
            Assert.That(lane.PeekAt(1), Is.Zero);
        }
    }

    [Test]
    public async Task WaitForMoreAsync_CompletesWhenAnItemArrives()
    {
        var lane = NewLane();
        lane.Add(1);
        var wait = lane.WaitForMoreAsync(Window, new TimerWatchingTimeProvider(), CancellationToken.None);

        Assert.That(wait.IsCompleted, Is.False, "an item added before the wait is not news");
        lane.Add(2);
        await wait.Soon();
    }

    [Test]
    public async Task WaitForMoreAsync_WithoutNews_CompletesWhenTheTimeIsUp()
    {
        var lane = NewLane();
        var time = new TimerWatchingTimeProvider();
        var wait = lane.WaitForMoreAsync(Window, time, CancellationToken.None);

        time.Advance(Window - TimeSpan.FromMilliseconds(1));
        Assert.That(wait.IsCompleted, Is.False);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await wait.Soon();
    }

    [Test]
    public async Task WaitForMoreAsync_WhenCancelled_Throws()
    {
        var lane = NewLane();
        using var stop = new CancellationTokenSource();
        var wait = lane.WaitForMoreAsync(Window, new TimerWatchingTimeProvider(), stop.Token);

        await stop.CancelAsync();

        Assert.That(async () => await wait.Soon(), Throws.InstanceOf<OperationCanceledException>());
    }

    private static ChatLane<long> NewLane() => new(42, key => key);

    private static long[] Items(ChatLane<long> lane) => [.. Enumerable.Range(0, lane.Count).Select(lane.PeekAt)];
}
