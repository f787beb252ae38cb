using System.Text;
using TutorBot.Domain.Common;

namespace TutorBot.Domain.Delivery;

/// <summary>
/// An update received from the chat platform, stored exactly as it came before it is acknowledged, so that
/// none is lost in a crash and a redelivered one is recognised by its id.
/// </summary>
public sealed class InboxUpdate
{
    /// <summary>Far above any real update, small enough to refuse a runaway body.</summary>
    public const int MaxPayloadBytes = 1024 * 1024;

    private InboxUpdate()
    {
        Payload = string.Empty;
    }

    /// <summary>The id the platform gave the update; updates of one bot never share it.</summary>
    public long UpdateId { get; private set; }

    /// <summary>The chat the update belongs to; null for updates without one.</summary>
    public long? ChatId { get; private set; }

    /// <summary>The update's raw JSON text.</summary>
    public string Payload { get; private set; }

    public DateTime ReceivedAtUtc { get; private set; }

    /// <summary>Null until the update's handling was committed.</summary>
    public DateTime? ProcessedAtUtc { get; private set; }

    public UpdateOutcome? Outcome { get; private set; }

    public bool IsProcessed => ProcessedAtUtc is not null;

    public static InboxUpdate Receive(long updateId, long? chatId, string payload, DateTime nowUtc)
    {
        if (updateId < 0)
        {
            throw new DomainException($"An update id cannot be negative, not {updateId}.");
        }

        if (string.IsNullOrWhiteSpace(payload))
        {
            throw new DomainException("An update's payload cannot be blank.");
        }

        if (Encoding.UTF8.GetByteCount(payload) > MaxPayloadBytes)
        {
            throw new DomainException($"An update's payload can have at most {MaxPayloadBytes} bytes.");
        }

        return new InboxUpdate
        {
            UpdateId = updateId,
            ChatId = chatId,
            Payload = payload,
            ReceivedAtUtc = Time.RequireUtc(nowUtc),
        };
    }

    /// <summary>Records how the update was handled; an update is handled once only.</summary>
    public void MarkProcessed(UpdateOutcome outcome, DateTime nowUtc)
    {
        if (!Enum.IsDefined(outcome))
        {
            throw new DomainException($"Unknown update outcome: {outcome}.");
        }

        Time.RequireUtc(nowUtc);
        if (IsProcessed)
        {
            throw new DomainException($"Update {UpdateId} was already processed.");
        }

        ProcessedAtUtc = nowUtc;
        Outcome = outcome;
    }
}
