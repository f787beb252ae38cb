using TutorBot.FakeTelegram;

namespace TutorBot.Chaos.Tests;

/// <summary>
/// What reached Telegram, checked against the outbox: per chat, the stored replies (in outbox order) must appear in that
/// order; any other delivery must repeat a reply that was in flight at a kill, else it is unexplained or unexpected.
/// </summary>
/// <remarks>
/// A reply is <b>in flight</b> at a kill when the run it ended had delivered it but not yet recorded that. The next run
/// finds it unsent and sends it again: that is the one duplicate a kill may cause for it, and the only kind allowed.
/// </remarks>
internal sealed class DeliveryAudit
{
    /// <summary>Stored replies delivered again, each by a later run, each once per kill it was in flight at.</summary>
    public List<Duplicate> Duplicates { get; } = [];

    /// <summary>Deliveries repeating a reply that was not in flight at a kill since its last delivery.</summary>
    public List<string> Unexplained { get; } = [];

    /// <summary>Messages that are no stored reply at all.</summary>
    public List<string> Unexpected { get; } = [];

    /// <summary>Stored replies never delivered in their chat's order.</summary>
    public List<string> Undelivered { get; } = [];

    /// <summary>For each kill (by number), the replies in flight at it.</summary>
    public Dictionary<int, int> InFlight { get; } = [];

    public static DeliveryAudit Run(IEnumerable<long> chats, IReadOnlyList<OutboxRow> outbox, IReadOnlyList<SentMessage> sent, IReadOnlyList<KillRecord> kills)
    {
        var audit = new DeliveryAudit();
        var storedByChat = outbox.ToLookup(m => m.ChatId);
        var sentByChat = sent.ToLookup(m => m.ChatId);
        var deliveredBy = new Dictionary<long, List<int>>();
        foreach (var chat in chats.Concat(storedByChat.Select(g => g.Key)).Concat(sentByChat.Select(g => g.Key)).Distinct())
        {
            audit.CheckChat(chat, [.. storedByChat[chat]], sentByChat[chat], kills, deliveredBy);
        }

        foreach (var kill in kills)
        {
            audit.InFlight[kill.Number] = kill.Unrecorded.Count(id => deliveredBy.TryGetValue(id, out var runs) && runs.Contains(kill.Run));
        }

        return audit;
    }

    /// <param name="deliveredBy">For each delivered reply (by outbox id), the runs that delivered it, in order.</param>
    private void CheckChat(long chat, List<OutboxRow> stored, IEnumerable<SentMessage> sent, IReadOnlyList<KillRecord> kills, Dictionary<long, List<int>> deliveredBy)
    {
        var next = 0;
        foreach (var message in sent)
        {
            // Every delivery before a run started came from the runs before it: they were dead by then.
            var run = 1 + kills.Count(k => k.NextRunAt < message.Timestamp);
            if (next < stored.Count && message.Text == stored[next].Text)
            {
                deliveredBy[stored[next++].Id] = [run];
            }
            else if (stored.Take(next).Any(r => r.Text == message.Text))
            {
                CountDuplicate(message, run, stored.Take(next), kills, deliveredBy);
            }
            else
            {
                Unexpected.Add($"chat {chat}: \"{ChaosAudit.Preview(message.Text)}\"");
            }
        }

        Undelivered.AddRange(stored.Skip(next).Select(m => $"chat {chat}: stored reply {m.Id} (to update {m.UpdateId}) never delivered in order: \"{ChaosAudit.Preview(m.Text)}\""));
    }

    /// <summary>
    /// Finds the reply <paramref name="message"/> repeats: one that was in flight when the run that last delivered it was
    /// killed. When two delivered replies read the same, either will do.
    /// </summary>
    private void CountDuplicate(SentMessage message, int run, IEnumerable<OutboxRow> delivered, IReadOnlyList<KillRecord> kills, Dictionary<long, List<int>> deliveredBy)
    {
        foreach (var row in delivered.Where(r => r.Text == message.Text))
        {
            var runs = deliveredBy[row.Id];
            var lastRun = runs[^1];
            if (lastRun < run && kills.Any(k => k.Run == lastRun && k.Unrecorded.Contains(row.Id)))
            {
                runs.Add(run);
                Duplicates.Add(new Duplicate(message.ChatId, row.Id, lastRun, ChaosAudit.Preview(message.Text)));
                return;
            }
        }

        Unexplained.Add($"chat {message.ChatId}: \"{ChaosAudit.Preview(message.Text)}\" delivered again by run {run}, but it was not in flight at a kill since its last delivery");
    }
}

/// <param name="OutboxId">The stored reply it repeats.</param>
/// <param name="Kill">The kill it was in flight at (the number of the run that had delivered it).</param>
internal sealed record Duplicate(long ChatId, long OutboxId, int Kill, string Preview);
