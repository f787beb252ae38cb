using System.Diagnostics;
using System.Text;

namespace TutorBot.FakeTelegram;

/// <summary>
/// Updates waiting for the bot, handed out like the Bot API does: by getUpdates (long polling, acknowledged by
/// a later offset) or, while a webhook is set, pushed to it. One lock guards the state; no I/O happens under it.
/// </summary>
internal sealed partial class UpdateQueue(FakeBotApiOptions options, AppendOnlyLog<OfferedUpdate> offered, CancellationToken stopping) : IDisposable
{
    private const int MaxLongPollSeconds = 50;

    private readonly Lock _lock = new();
    private readonly LinkedList<PendingUpdate> _pending = new();
    private long _nextId = 1;
    private long _confirmedOffset;
    private Poller? _poller;
    private TaskCompletionSource? _parked;

    public long ConfirmedOffset
    {
        get
        {
            lock (_lock)
            {
                return _confirmedOffset;
            }
        }
    }

    public int PendingCount
    {
        get
        {
            lock (_lock)
            {
                return _pending.Count;
            }
        }
    }

    /// <summary>Adds an update whose JSON is built from the id it gets, so ids and queue order always agree.</summary>
    public long Add(long? chatId, Func<long, string> build)
    {
        lock (_lock)
        {
            var id = _nextId++;
            Append(new PendingUpdate(id, id, chatId, build(id)));
            return id;
        }
    }

    /// <summary>Adds an update verbatim; <paramref name="declaredId"/> is the update_id it holds, if any.</summary>
    public void AddRaw(long? declaredId, string json)
    {
        lock (_lock)
        {
            var id = declaredId ?? _nextId;
            _nextId = Math.Max(_nextId, id + 1);
            Append(new PendingUpdate(id, declaredId ?? -1, null, json));
        }
    }

    /// <summary>Completes once a getUpdates is parked waiting for updates (at once if one is).</summary>
    public Task WhenParked()
    {
        lock (_lock)
        {
            if (_poller is not null)
            {
                return Task.CompletedTask;
            }

            _parked ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _parked.Task;
        }
    }

    /// <param name="aborted">Cancelled when the client goes away or the fake stops.</param>
    public async Task<ApiResult> GetUpdatesAsync(long offset, int limit, int timeoutSeconds, CancellationToken aborted)
    {
        Poller poller;
        lock (_lock)
        {
            if (_webhook is not null)
            {
                return ApiResult.Error(409, ApiResult.WebhookIsActive);
            }

            Confirm(offset);
            _poller?.Signal.TrySetResult(PollEnd.Superseded);
            _poller = null;
            if (timeoutSeconds <= 0 || HasPendingLocked())
            {
                return Offer(limit);
            }

            poller = new Poller();
            _poller = poller;
            _parked?.TrySetResult();
            _parked = null;
        }

        PollEnd end;
        try
        {
            end = await poller.Signal.Task.WaitAsync(TimeSpan.FromSeconds(Math.Min(timeoutSeconds, MaxLongPollSeconds)), aborted);
        }
        catch (TimeoutException)
        {
            end = PollEnd.TimedOut;
        }
        catch (OperationCanceledException)
        {
            end = PollEnd.Stopped;
        }

        lock (_lock)
        {
            if (_poller == poller)
            {
                _poller = null;
            }

            return end switch
            {
                PollEnd.Superseded => ApiResult.Error(409, ApiResult.TerminatedByOtherGetUpdates),
                PollEnd.WebhookSet => ApiResult.Error(409, ApiResult.WebhookIsActive),
                _ => Offer(limit),
            };
        }
    }

    public void Dispose() => _http.Dispose();

    private void Append(PendingUpdate update)
    {
        update.Node = _pending.AddLast(update);
        if (_webhook is not null)
        {
            StartDelivery(update, _webhook);
        }
        else if (_poller is not null)
        {
            _poller.Signal.TrySetResult(PollEnd.UpdateArrived);
            _poller = null;
        }
    }

    private void Confirm(long offset)
    {
        if (offset > 0)
        {
            _confirmedOffset = Math.Max(_confirmedOffset, offset);
            RemoveWhere(u => u.Id < offset);
        }
        else if (offset < 0)
        {
            // Telegram: a negative offset keeps only the last -offset updates and forgets the rest.
            while (_pending.Count > -offset)
            {
                Remove(_pending.First!.Value);
            }
        }
    }

    // The offset has been applied already: everything still pending is at or after it.
    private bool HasPendingLocked() => _pending.Count > 0;

    private ApiResult Offer(int limit)
    {
        var now = Stopwatch.GetTimestamp();
        var json = new StringBuilder("[");
        var count = 0;
        for (var node = _pending.First; node is not null && count < limit; node = node.Next, count++)
        {
            var update = node.Value;
            if (count > 0)
            {
                json.Append(',');
            }

            json.Append(update.Json);
            offered.Add(new OfferedUpdate(update.PublicId, update.ChatId, now));
        }

        return ApiResult.OkRaw(json.Append(']').ToString());
    }

    private void RemoveWhere(Func<PendingUpdate, bool> predicate)
    {
        var node = _pending.First;
        while (node is not null)
        {
            var next = node.Next;
            if (predicate(node.Value))
            {
                Remove(node.Value);
            }

            node = next;
        }
    }

    private void Remove(PendingUpdate update)
    {
        if (update.Node is not null)
        {
            _pending.Remove(update.Node);
            update.Node = null;
        }
    }

    private enum PollEnd
    {
        UpdateArrived,
        Superseded,
        WebhookSet,
        TimedOut,
        Stopped,
    }

    private sealed class Poller
    {
        public TaskCompletionSource<PollEnd> Signal { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class PendingUpdate(long id, long publicId, long? chatId, string json)
    {
        /// <summary>The id offsets compare against (assigned by the fake when a raw update holds none).</summary>
        public long Id { get; } = id;

        public long PublicId { get; } = publicId;

        public long? ChatId { get; } = chatId;

        public string Json { get; } = json;

        /// <summary>Null once the update is delivered or confirmed.</summary>
        public LinkedListNode<PendingUpdate>? Node { get; set; }

        /// <summary>The webhook delivering it right now, if any.</summary>
        public WebhookTarget? Owner { get; set; }
    }
}
