using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace TutorBot.Host.Telegram.Receiving;

/// <summary>An update as stored in the inbox: its raw JSON, and the update read from it when it can be.</summary>
internal sealed record InboundUpdate(long UpdateId, long? ChatId, string Payload, DateTime ReceivedAtUtc, Update? Update)
{
    /// <summary>The update types the bot asks Telegram for.</summary>
    public static readonly IReadOnlyList<string> AllowedUpdates = ["message", "edited_message", "callback_query"];

    /// <summary>
    /// Reads one update. Null when the JSON is not an update at all (no numeric update_id): nothing can be
    /// stored or acknowledged for it. An update whose content the library cannot read keeps its raw JSON
    /// and no <see cref="Update"/>; it is stored and then rejected, so that it is acknowledged only once.
    /// </summary>
    public static InboundUpdate? Read(string json, DateTime receivedAtUtc)
    {
        long updateId;
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("update_id", out var id)
                || id.ValueKind != JsonValueKind.Number
                || !id.TryGetInt64(out updateId)
                || updateId < 0)
            {
                return null;
            }
        }
        catch (JsonException)
        {
            return null;
        }

        var update = TryDeserialize(json);
        return new InboundUpdate(updateId, update is null ? null : ChatOf(update), json, receivedAtUtc, update);
    }

    /// <summary>Restores an update from the inbox (after a restart).</summary>
    public static InboundUpdate FromStored(long updateId, long? chatId, string payload, DateTime receivedAtUtc) =>
        new(updateId, chatId, payload, receivedAtUtc, TryDeserialize(payload));

    /// <summary>
    /// Telegram always sends these fields, but the library does not insist on them: an update without them
    /// is treated as unreadable rather than failing wherever it is read.
    /// </summary>
    private static bool HasWhatTheBotReads(Update update) =>
        update.Message is null or { Chat: not null }
        && update.EditedMessage is null or { Chat: not null }
        && update.CallbackQuery is null or { From: not null, Message: null or { Chat: not null } };

    /// <summary>The chat an update belongs to; the key that orders its handling.</summary>
    public static long? ChatOf(Update update) =>
        update.Message?.Chat.Id
        ?? update.EditedMessage?.Chat.Id
        ?? update.CallbackQuery?.Message?.Chat.Id
        ?? update.CallbackQuery?.From.Id;

    private static Update? TryDeserialize(string json)
    {
        try
        {
            var update = JsonSerializer.Deserialize<Update>(json, JsonBotAPI.Options);
            return update is not null && HasWhatTheBotReads(update) ? update : null;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException
                                       or ArgumentException or FormatException or OverflowException)
        {
            // The library's converters throw more than JsonException on odd shapes; all mean "unreadable".
            return null;
        }
    }
}
