using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TutorBot.FakeTelegram;

// The students' side: each call creates one update (update_id increasing from 1) and returns its id.
public sealed partial class FakeBotApi
{
    private long _lastCallbackId;
    private long _lastFileNumber;

    /// <summary>
    /// A text message from a user. For groups pass a negative <paramref name="chatId"/>, <paramref name="chatType"/>
    /// "group" or "supergroup" and the student as <paramref name="fromUserId"/> (default: the chat id, positive).
    /// </summary>
    public long SendText(long chatId, string text, long? fromUserId = null, string firstName = "Student", string chatType = "private")
    {
        ArgumentNullException.ThrowIfNull(text);
        _chatTypes[chatId] = chatType;
        return AddMessageUpdate("message", chatId, fromUserId, firstName, message => UpdateJson.AddText(message, text));
    }

    /// <summary>A tap on an inline button of the bot's message <paramref name="messageId"/>.</summary>
    public long SendCallback(long chatId, string data, long? fromUserId = null, long messageId = 1)
    {
        ArgumentNullException.ThrowIfNull(data);
        var queryId = Interlocked.Increment(ref _lastCallbackId).ToString(CultureInfo.InvariantCulture);
        var from = UpdateJson.User(fromUserId ?? Math.Abs(chatId), "Student");
        var message = _json.Message(messageId, _json.Bot(), UpdateJson.Chat(chatId, ChatType(chatId), "Student"));
        message["text"] = SentTo(chatId).LastOrDefault(m => m.MessageId == messageId)?.PlainText ?? "(an earlier message)";
        var callback = new JsonObject
        {
            ["id"] = queryId,
            ["from"] = from,
            ["message"] = message,
            ["chat_instance"] = "fake-" + chatId.ToString(CultureInfo.InvariantCulture),
            ["data"] = data,
        };
        return _updates.Add(chatId, id => Update(id, "callback_query", callback));
    }

    /// <summary>A photo, sticker, voice note or document, without a caption.</summary>
    public long SendNonText(long chatId, NonTextKind kind, long? fromUserId = null)
    {
        var file = Interlocked.Increment(ref _lastFileNumber);
        return AddMessageUpdate("message", chatId, fromUserId, "Student", message => UpdateJson.AddMedia(message, kind, file));
    }

    /// <summary>The user edited one of their messages (an edited_message update).</summary>
    public long SendEditedText(long chatId, string text, long? fromUserId = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return AddMessageUpdate("edited_message", chatId, fromUserId, "Student", message =>
        {
            UpdateJson.AddText(message, text);
            message["edit_date"] = _json.Now;
        });
    }

    /// <summary>
    /// Queues <paramref name="json"/> verbatim, valid or not (to test how the bot copes with garbage). Returns the
    /// update_id it holds, or -1 when it holds none (the fake then orders it after the updates before it).
    /// </summary>
    public long SendRawUpdate(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        long? declared = null;
        try
        {
            if (JsonNode.Parse(json) is JsonObject update && update["update_id"] is JsonValue value && value.TryGetValue<long>(out var id))
            {
                declared = id;
            }
        }
        catch (JsonException)
        {
            // Malformed on purpose: queued all the same.
        }

        _updates.AddRaw(declared, json);
        return declared ?? -1;
    }

    private long AddMessageUpdate(string kind, long chatId, long? fromUserId, string firstName, Action<JsonObject> fill)
    {
        var message = _json.Message(NextMessageId(), UpdateJson.User(fromUserId ?? Math.Abs(chatId), firstName), UpdateJson.Chat(chatId, ChatType(chatId), firstName));
        fill(message);
        var json = message.ToJsonString();
        return _updates.Add(chatId, id => "{\"update_id\":" + id.ToString(CultureInfo.InvariantCulture) + ",\"" + kind + "\":" + json + "}");
    }

    private static string Update(long id, string kind, JsonNode body) =>
        new JsonObject { ["update_id"] = id, [kind] = body }.ToJsonString();

    /// <summary>The type a chat was introduced with, else guessed from the id like Telegram assigns them.</summary>
    private string ChatType(long chatId) =>
        _chatTypes.TryGetValue(chatId, out var type) ? type
        : chatId > 0 ? "private"
        : chatId <= -1_000_000_000_000 ? "supergroup"
        : "group";
}
