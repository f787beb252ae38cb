using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TutorBot.Application.Common.Options;
using TutorBot.Host.Telegram.Receiving;

namespace TutorBot.Host.Telegram.Processing;

/// <summary>
/// Hands stored updates to the processor: chats concurrently (at most Telegram:MaxConcurrentChats at a
/// time), each chat strictly in update order, so one slow chat never holds up the others. Parts of a long
/// paste that Telegram split are joined here, before anything is handled.
/// </summary>
internal sealed class UpdateDispatcher : IDisposable
{
    private readonly UpdateProcessor _processor;
    private readonly BotIdentity _bot;
    private readonly TimeProvider _time;
    private readonly TelegramOptions _options;
    private readonly int _maxMessageLength;
    private readonly IReadOnlySet<long> _admins;
    private readonly SemaphoreSlim _slots;
    private readonly ChatLanes<InboundUpdate> _lanes;

    public UpdateDispatcher(
        UpdateProcessor processor,
        BotIdentity bot,
        IOptions<TelegramOptions> options,
        IOptions<LimitsOptions> limits,
        TimeProvider time,
        ILogger<UpdateDispatcher> logger)
    {
        _processor = processor;
        _bot = bot;
        _time = time;
        _options = options.Value;
        _maxMessageLength = limits.Value.MaxMessageLength;
        _admins = _options.AdminUserIds.ToHashSet();
        _slots = new SemaphoreSlim(_options.MaxConcurrentChats);
        _lanes = new ChatLanes<InboundUpdate>(u => u.UpdateId, DrainAsync, logger);
    }

    public int Backlog => _lanes.Backlog;

    /// <summary>
    /// Takes stored updates: on start, whatever the inbox still holds from before (the transport resumes
    /// them before it polls or listens, so they go first in their chats), then each new batch.
    /// </summary>
    public void Enqueue(IEnumerable<InboundUpdate> updates)
    {
        foreach (var update in updates)
        {
            _lanes.Enqueue(update.ChatId ?? 0, update);
        }
    }

    public Task StopAsync(TimeSpan grace) => _lanes.StopAsync(grace);

    public void Dispose()
    {
        _lanes.Dispose();
        _slots.Dispose();
    }

    private async Task DrainAsync(ChatLane<InboundUpdate> lane, CancellationToken cancellationToken)
    {
        var head = lane.PeekAt(0)!;
        var action = UpdateReader.Read(head, _bot, _admins);
        var updates = new List<InboundUpdate> { head };
        if (action is UpdateAction.Handle { CallbackQueryId: null } text && PasteJoiner.StartsPaste(text.Text))
        {
            action = await JoinPasteAsync(lane, text, updates, cancellationToken);
        }

        await _slots.WaitAsync(cancellationToken);
        try
        {
            await _processor.ProcessAsync(updates, action, cancellationToken);
        }
        finally
        {
            _slots.Release();
        }

        lane.Take(updates);
    }

    /// <summary>Collects the parts that follow a long first part within the join window.</summary>
    private async Task<UpdateAction> JoinPasteAsync(
        ChatLane<InboundUpdate> lane, UpdateAction.Handle first, List<InboundUpdate> updates, CancellationToken cancellationToken)
    {
        var parts = new List<string> { first.Text };
        while (true)
        {
            var previous = updates[^1];
            var next = lane.PeekAt(updates.Count);
            if (next is null)
            {
                // The next part may still be on its way: wait out the rest of the window, then look again.
                var left = previous.ReceivedAtUtc + _options.JoinWindow - _time.GetUtcNow().UtcDateTime;
                if (left <= TimeSpan.Zero || !PasteJoiner.StartsPaste(parts[^1]))
                {
                    break;
                }

                await lane.WaitForMoreAsync(left, _time, cancellationToken);
                if (lane.PeekAt(updates.Count) is null)
                {
                    break;
                }

                continue;
            }

            if (UpdateReader.Read(next, _bot, _admins) is not UpdateAction.Handle { CallbackQueryId: null } part
                || part.StudentId != first.StudentId
                || !PasteJoiner.Continues(parts[^1], previous.ReceivedAtUtc, part.Text, next.ReceivedAtUtc, _options.JoinWindow))
            {
                break;
            }

            parts.Add(part.Text);
            updates.Add(next);
        }

        var joined = PasteJoiner.Join(parts, _maxMessageLength, out var used);
        updates.RemoveRange(used, updates.Count - used);
        return first with { Text = joined };
    }
}
