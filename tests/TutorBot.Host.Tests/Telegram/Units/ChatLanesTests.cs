using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;
using TutorBot.Host.Telegram;

namespace TutorBot.Host.Tests.Telegram.Units;

/// <summary>Chats run side by side, each strictly in order; a stuck or failing chat holds up only itself.</summary>
public sealed class ChatLanesTests
{
    private static readonly TimeSpan LongGrace = TimeSpan.FromMinutes(1);

    [Test]
    public async Task Enqueue_OneChat_IsDrainedInKeyOrder_EvenWhenItemsArriveOutOfOrderMeanwhile()
    {
        var work = new Work(itemsBeforeDone: 4);
        work.Hold(5);
        using var lanes = work.Lanes();

        lanes.Enqueue(1, 5);
        await work.Started(5).Soon();
        lanes.Enqueue(1, 9);
        lanes.Enqueue(1, 7);
        lanes.Enqueue(1, 3);
        work.Release(5);
        await work.Done.Soon();

        Assert.That(work.DrainedIn(1), Is.EqualTo(new long[] { 5, 3, 7, 9 }));
    }

    [Test]
    public async Task Enqueue_ManyItemsOfManyChats_EachChatKeepsItsOrder()
    {
        const int chats = 20;
        const int perChat = 30;
        var work = new Work(itemsBeforeDone: chats * perChat);
        using var lanes = work.Lanes();

        for (var key = 1; key <= perChat; key++)
        {
            for (var chat = 1; chat <= chats; chat++)
            {
                lanes.Enqueue(chat, key);
            }
        }

        await work.Done.Soon();

        using (Assert.EnterMultipleScope())
        {
            for (var chat = 1; chat <= chats; chat++)
            {
                Assert.That(work.DrainedIn(chat), Is.EqualTo(Enumerable.Range(1, perChat).Select(k => (long)k)), $"chat {chat}");
            }

            Assert.That(lanes.Backlog, Is.Zero);
        }
    }

    [Test]
    public async Task Enqueue_AChatStuckOnAnItem_DoesNotHoldUpAnotherChat()
    {
        var work = new Work(itemsBeforeDone: 2);
        work.Hold(1);
        using var lanes = work.Lanes();

        lanes.Enqueue(100, 1);
        await work.Started(1).Soon();
        lanes.Enqueue(200, 2);
        lanes.Enqueue(200, 3);

        await work.Done.Soon();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(work.DrainedIn(200), Is.EqualTo(new long[] { 2, 3 }));
            Assert.That(lanes.Backlog, Is.EqualTo(1), "chat 100's item is still in progress");
        }

        work.Release(1);
        await lanes.StopAsync(LongGrace).Soon();
    }

    [Test]
    public async Task Enqueue_WhenADrainThrows_OnlyItsChatStops_AndItIsLogged()
    {
        var failure = new InvalidOperationException("the database is gone");
        var work = new Work(itemsBeforeDone: 2);
        work.Fail(1, failure);
        var logger = Substitute.For<ILogger>();
        logger.IsEnabled(Arg.Any<LogLevel>()).Returns(true);
        using var lanes = work.Lanes(logger);

        lanes.Enqueue(100, 1);
        lanes.Enqueue(100, 2);
        lanes.Enqueue(200, 3);
        lanes.Enqueue(200, 4);

        // Chat 200's items finishing says nothing about chat 100's worker, which runs on its own.
        await Task.WhenAll(work.Done, work.Failed).Soon();
        await lanes.StopAsync(LongGrace).Soon();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(work.DrainedIn(200), Is.EqualTo(new long[] { 3, 4 }));
            Assert.That(work.DrainedIn(100), Is.EqualTo(new long[] { 1 }), "nothing after the failure");
            Assert.That(lanes.Backlog, Is.EqualTo(2), "the failed chat's items are kept");
            logger.Received(1).Log(
                LogLevel.Error, Arg.Any<EventId>(), Arg.Any<Arg.AnyType>(), failure, Arg.Any<Func<Arg.AnyType, Exception?, string>>());
        }
    }

    [Test]
    public async Task Enqueue_WhenADrainTakesNothing_ItsChatStopsInsteadOfSpinning()
    {
        var drains = 0;
        var drained = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var lanes = new ChatLanes<long>(
            key => key,
            (_, _) =>
            {
                Interlocked.Increment(ref drains);
                drained.TrySetResult();
                return Task.CompletedTask;
            },
            NullLogger.Instance);

        lanes.Enqueue(1, 1);
        await drained.Task.Soon();
        await lanes.StopAsync(LongGrace).Soon();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(drains, Is.EqualTo(1));
            Assert.That(lanes.Backlog, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task StopAsync_WithGrace_LetsTheItemInProgressFinish_AndLeavesTheRestWaiting()
    {
        var work = new Work(itemsBeforeDone: 1);
        work.Hold(1);
        using var lanes = work.Lanes();
        lanes.Enqueue(1, 1);
        lanes.Enqueue(1, 2);
        lanes.Enqueue(1, 3);
        await work.Started(1).Soon();

        var stopping = lanes.StopAsync(LongGrace);
        Assert.That(stopping.IsCompleted, Is.False, "waits for the item in progress");
        work.Release(1);
        await stopping.Soon();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(work.DrainedIn(1), Is.EqualTo(new long[] { 1 }));
            Assert.That(work.CancelledWhileHeld, Is.False);
            Assert.That(lanes.Backlog, Is.EqualTo(2), "what waits stays for the next start");
        }
    }

    [Test]
    public async Task StopAsync_WhenTheGraceRunsOut_CancelsTheItemInProgress()
    {
        var work = new Work(itemsBeforeDone: 1);
        work.Hold(1);
        using var lanes = work.Lanes();
        lanes.Enqueue(1, 1);
        await work.Started(1).Soon();

        await lanes.StopAsync(TimeSpan.Zero).Soon();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(work.CancelledWhileHeld, Is.True);
            Assert.That(lanes.Backlog, Is.EqualTo(1), "the cancelled item is not taken");
        }
    }

    [Test]
    public async Task Enqueue_AfterStopAsync_IsIgnored()
    {
        var work = new Work(itemsBeforeDone: 1);
        using var lanes = work.Lanes();
        await lanes.StopAsync(LongGrace).Soon();

        lanes.Enqueue(1, 1);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(lanes.Backlog, Is.Zero);
            Assert.That(work.DrainedIn(1), Is.Empty);
        }
    }

    [Test]
    public async Task Backlog_CountsWaitingAndInProgressItemsOfAllChats()
    {
        var work = new Work(itemsBeforeDone: 5);
        work.Hold(1);
        work.Hold(10);
        using var lanes = work.Lanes();

        lanes.Enqueue(100, 1);
        lanes.Enqueue(100, 2);
        lanes.Enqueue(100, 3);
        lanes.Enqueue(200, 10);
        lanes.Enqueue(200, 11);
        await work.Started(1).Soon();
        await work.Started(10).Soon();

        Assert.That(lanes.Backlog, Is.EqualTo(5));
        work.Release(1);
        work.Release(10);
        await work.Done.Soon();
        await lanes.StopAsync(LongGrace).Soon();
        Assert.That(lanes.Backlog, Is.Zero);
    }

    /// <summary>
    /// A drain that records what each chat handled, one item at a time; chosen items can be held (until released,
    /// or until the lanes cancel them) or made to fail.
    /// </summary>
    private sealed class Work(int itemsBeforeDone)
    {
        private readonly ConcurrentDictionary<long, ConcurrentQueue<long>> _drained = new();
        private readonly ConcurrentDictionary<long, (TaskCompletionSource Started, TaskCompletionSource Released)> _held = new();
        private readonly ConcurrentDictionary<long, Exception> _failures = new();
        private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _failed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _count;
        private volatile bool _cancelledWhileHeld;

        /// <summary>Completes once <c>itemsBeforeDone</c> items are handled.</summary>
        public Task Done => _done.Task;

        /// <summary>Completes once an item made to fail has thrown.</summary>
        public Task Failed => _failed.Task;

        public bool CancelledWhileHeld => _cancelledWhileHeld;

        public void Hold(long item) => _held[item] = (NewSignal(), NewSignal());

        public Task Started(long item) => _held[item].Started.Task;

        public void Release(long item) => _held[item].Released.SetResult();

        public void Fail(long item, Exception failure) => _failures[item] = failure;

        public long[] DrainedIn(long chatId) => _drained.TryGetValue(chatId, out var items) ? [.. items] : [];

        public ChatLanes<long> Lanes(ILogger? logger = null) => new(key => key, DrainAsync, logger ?? NullLogger.Instance);

        private async Task DrainAsync(ChatLane<long> lane, CancellationToken cancellationToken)
        {
            var item = lane.PeekAt(0);
            _drained.GetOrAdd(lane.ChatId, _ => new ConcurrentQueue<long>()).Enqueue(item);
            if (_failures.TryGetValue(item, out var failure))
            {
                _failed.TrySetResult();
                throw failure;
            }

            if (_held.TryGetValue(item, out var hold))
            {
                hold.Started.SetResult();
                try
                {
                    await hold.Released.Task.WaitAsync(cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    _cancelledWhileHeld = true;
                    throw;
                }
            }

            lane.Take([lane.PeekAt(0)]);
            if (Interlocked.Increment(ref _count) == itemsBeforeDone)
            {
                _done.SetResult();
            }
        }

        private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
