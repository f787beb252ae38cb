using Microsoft.Extensions.Logging;

namespace TutorBot.Host.Telegram;

/// <summary>
/// Work per chat: each chat's items are handled strictly one after another, in key order, while different
/// chats run concurrently. A chat's worker exists only while it has work, so idle chats cost nothing.
/// Both the update dispatcher and the outbox sender are built on it.
/// </summary>
internal sealed partial class ChatLanes<T>(
    Func<T, long> orderKey, Func<ChatLane<T>, CancellationToken, Task> drain, ILogger logger) : IDisposable
{
    private readonly Dictionary<long, ChatLane<T>> _lanes = [];
    private readonly HashSet<Task> _workers = [];
    private readonly CancellationTokenSource _stopping = new();
    private bool _closed;

    /// <summary>Items waiting or in progress, over all chats.</summary>
    public int Backlog
    {
        get
        {
            lock (_lanes)
            {
                return _lanes.Values.Sum(lane => lane.Count);
            }
        }
    }

    public void Enqueue(long chatId, T item)
    {
        lock (_lanes)
        {
            if (_closed)
            {
                return;
            }

            if (!_lanes.TryGetValue(chatId, out var lane))
            {
                lane = new ChatLane<T>(chatId, orderKey);
                _lanes.Add(chatId, lane);
            }

            lane.Add(item);
            if (!lane.Running)
            {
                lane.Running = true;
                var worker = Task.Run(() => RunAsync(lane));
                _workers.Add(worker);
                _ = worker.ContinueWith(done => { lock (_lanes) { _workers.Remove(done); } }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>
    /// Stops taking work; items in progress get <paramref name="grace"/> to finish before they are cancelled.
    /// What is still waiting stays in the database and is picked up on the next start.
    /// </summary>
    public async Task StopAsync(TimeSpan grace)
    {
        Task[] workers;
        lock (_lanes)
        {
            _closed = true;
            workers = [.. _workers];
        }

        var all = Task.WhenAll(workers);
        if (await Task.WhenAny(all, Task.Delay(grace)) != all)
        {
            await _stopping.CancelAsync();
        }

        await all.ContinueWith(_ => { }, TaskScheduler.Default);
    }

    public void Dispose() => _stopping.Dispose();

    private async Task RunAsync(ChatLane<T> lane)
    {
        try
        {
            while (true)
            {
                lock (_lanes)
                {
                    if (lane.Count == 0 || _closed)
                    {
                        lane.Running = false;
                        if (lane.Count == 0)
                        {
                            _lanes.Remove(lane.ChatId);
                        }

                        return;
                    }
                }

                var before = lane.Taken;
                await drain(lane, _stopping.Token);
                if (lane.Taken == before && !_stopping.IsCancellationRequested)
                {
                    // A drain must take at least one item; one that does not would spin forever.
                    throw new InvalidOperationException($"The work for chat {lane.ChatId} took no item.");
                }
            }
        }
        catch (Exception e) when (_stopping.IsCancellationRequested && e is OperationCanceledException)
        {
        }
        catch (Exception e)
        {
            LogLaneFailed(logger, e, lane.ChatId);
            lock (_lanes)
            {
                lane.Running = false;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The worker for chat {ChatId} failed; the chat's work resumes with its next update")]
    private static partial void LogLaneFailed(ILogger logger, Exception exception, long chatId);
}

/// <summary>One chat's waiting items, in key order. Only that chat's worker takes from it.</summary>
internal sealed class ChatLane<T>(long chatId, Func<T, long> orderKey)
{
    private readonly List<T> _items = [];
    private TaskCompletionSource _arrived = NewSignal();

    public long ChatId => chatId;

    internal bool Running { get; set; }

    /// <summary>How many items were taken so far; only the lane's worker changes it.</summary>
    internal long Taken { get; private set; }

    public int Count
    {
        get
        {
            lock (_items)
            {
                return _items.Count;
            }
        }
    }

    public T? PeekAt(int index)
    {
        lock (_items)
        {
            return index < _items.Count ? _items[index] : default;
        }
    }

    /// <summary>
    /// Removes items once they are handled. By identity, not by position: an earlier item may have been put
    /// in behind the first one meanwhile, and it has not been handled.
    /// </summary>
    public void Take(IReadOnlyCollection<T> handled)
    {
        lock (_items)
        {
            foreach (var item in handled)
            {
                var at = _items.FindIndex(i => EqualityComparer<T>.Default.Equals(i, item));
                if (at >= 0)
                {
                    _items.RemoveAt(at);
                    Taken++;
                }
            }
        }
    }

    /// <summary>Completes when an item arrives after this call, or when the time is up.</summary>
    public async Task WaitForMoreAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        Task arrived;
        lock (_items)
        {
            arrived = _arrived.Task;
        }

        await Task.WhenAny(arrived, Task.Delay(timeout, time, cancellationToken));
        cancellationToken.ThrowIfCancellationRequested();
    }

    internal void Add(T item)
    {
        lock (_items)
        {
            // Usually appended; a webhook may deliver a chat's updates out of order, and order is the key's.
            var key = orderKey(item);
            var at = _items.Count;
            while (at > 1 && orderKey(_items[at - 1]) > key)
            {
                at--;
            }

            _items.Insert(at, item);
            var arrived = _arrived;
            _arrived = NewSignal();
            arrived.TrySetResult();
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
