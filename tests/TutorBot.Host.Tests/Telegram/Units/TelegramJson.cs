using System.Text.Json.Nodes;
using TutorBot.Host.Telegram;
using TutorBot.Host.Telegram.Processing;
using TutorBot.Host.Telegram.Receiving;

namespace TutorBot.Host.Tests.Telegram.Units;

/// <summary>Updates in the JSON shapes Telegram sends (snake_case), read as polling and the webhook read them.</summary>
internal static class TelegramJson
{
    public const long BotId = 7000000001;
    public const string BotUsername = "tutor_test_bot";
    public const long StudentId = 42;
    public const long GroupId = -1001234567890;
    public const long UnixDate = 1772366400;

    public static readonly DateTime ReceivedAt = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    public static JsonObject User(long id = StudentId, string firstName = "Ann", string? lastName = "Lee", bool isBot = false)
    {
        var user = new JsonObject { ["id"] = id, ["is_bot"] = isBot, ["first_name"] = firstName };
        if (lastName is not null)
        {
            user["last_name"] = lastName;
        }

        return user;
    }

    public static JsonObject BotUser() => new() { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "Tutor", ["username"] = BotUsername };

    public static JsonObject PrivateChat(long id = StudentId) => new() { ["id"] = id, ["type"] = "private", ["first_name"] = "Ann" };

    /// <param name="type">"group" or "supergroup": Telegram sends both.</param>
    public static JsonObject GroupChat(string type = "supergroup") => new() { ["id"] = GroupId, ["type"] = type, ["title"] = "Algebra club" };

    /// <summary>A message without content; add "text", "photo"… to it. By default the student writes in private.</summary>
    /// <param name="withoutFrom">No sender at all, as for a channel or an anonymous group admin.</param>
    public static JsonObject Message(JsonObject? chat = null, JsonObject? from = null, bool withoutFrom = false, int messageId = 1)
    {
        var message = new JsonObject { ["message_id"] = messageId, ["date"] = UnixDate, ["chat"] = chat ?? PrivateChat() };
        if (!withoutFrom)
        {
            message["from"] = from ?? User();
        }

        return message;
    }

    public static JsonObject TextMessage(string text, JsonObject? chat = null, JsonObject? from = null)
    {
        var message = Message(chat, from);
        message["text"] = text;
        return message;
    }

    /// <param name="kind">The update's field: "message", "edited_message", "callback_query", "poll"…</param>
    public static string Update(string kind, JsonNode body, long updateId = 100) =>
        new JsonObject { ["update_id"] = updateId, [kind] = body }.ToJsonString();

    public static InboundUpdate Read(string json) =>
        InboundUpdate.Read(json, ReceivedAt) ?? throw new AssertionException($"Not read as an update: {json}");

    public static BotIdentity TestBot()
    {
        var bot = new BotIdentity();
        bot.Set(BotId, BotUsername);
        return bot;
    }

    /// <summary>What the bot makes of an update; <paramref name="adminUserIds"/> are Telegram:AdminUserIds.</summary>
    public static UpdateAction Act(string json, params long[] adminUserIds) =>
        UpdateReader.Read(Read(json), TestBot(), adminUserIds.ToHashSet());
}
