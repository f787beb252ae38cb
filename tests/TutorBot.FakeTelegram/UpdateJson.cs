using System.Globalization;
using System.Text.Json.Nodes;

namespace TutorBot.FakeTelegram;

/// <summary>Builds updates and messages shaped like the Bot API's (snake_case, only the fields clients rely on).</summary>
internal sealed class UpdateJson(FakeBotApiOptions options, TimeProvider time)
{
    public long Now => time.GetUtcNow().ToUnixTimeSeconds();

    public JsonObject Bot() => new()
    {
        ["id"] = options.BotId,
        ["is_bot"] = true,
        ["first_name"] = "TutorBot",
        ["username"] = options.BotUsername,
    };

    public static JsonObject User(long id, string firstName) => new()
    {
        ["id"] = id,
        ["is_bot"] = false,
        ["first_name"] = firstName,
    };

    public static JsonObject Chat(long chatId, string chatType, string firstName)
    {
        var chat = new JsonObject { ["id"] = chatId, ["type"] = chatType };
        if (chatType == "private")
        {
            chat["first_name"] = firstName;
        }
        else
        {
            chat["title"] = "Test group " + chatId.ToString(CultureInfo.InvariantCulture);
        }

        return chat;
    }

    public JsonObject Message(long messageId, JsonObject from, JsonObject chat) => new()
    {
        ["message_id"] = messageId,
        ["from"] = from,
        ["chat"] = chat,
        ["date"] = Now,
    };

    public static void AddText(JsonObject message, string text)
    {
        message["text"] = text;
        if (text.StartsWith('/'))
        {
            var length = text.IndexOfAny([' ', '\n', '\t']);
            message["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "bot_command",
                ["offset"] = 0,
                ["length"] = length < 0 ? text.Length : length,
            });
        }
    }

    public static void AddMedia(JsonObject message, NonTextKind kind, long fileNumber)
    {
        var fileId = "fake-file-" + fileNumber.ToString(CultureInfo.InvariantCulture);
        var uniqueId = "fake-unique-" + fileNumber.ToString(CultureInfo.InvariantCulture);
        switch (kind)
        {
            case NonTextKind.Photo:
                message["photo"] = new JsonArray(
                    new JsonObject { ["file_id"] = fileId + "-s", ["file_unique_id"] = uniqueId + "-s", ["width"] = 90, ["height"] = 60, ["file_size"] = 1200 },
                    new JsonObject { ["file_id"] = fileId, ["file_unique_id"] = uniqueId, ["width"] = 800, ["height"] = 600, ["file_size"] = 48000 });
                break;
            case NonTextKind.Sticker:
                message["sticker"] = new JsonObject
                {
                    ["file_id"] = fileId,
                    ["file_unique_id"] = uniqueId,
                    ["type"] = "regular",
                    ["width"] = 512,
                    ["height"] = 512,
                    ["is_animated"] = false,
                    ["is_video"] = false,
                    ["emoji"] = "\U0001F44D",
                };
                break;
            case NonTextKind.Voice:
                message["voice"] = new JsonObject
                {
                    ["file_id"] = fileId,
                    ["file_unique_id"] = uniqueId,
                    ["duration"] = 3,
                    ["mime_type"] = "audio/ogg",
                    ["file_size"] = 9000,
                };
                break;
            case NonTextKind.Document:
                message["document"] = new JsonObject
                {
                    ["file_id"] = fileId,
                    ["file_unique_id"] = uniqueId,
                    ["file_name"] = "homework.pdf",
                    ["mime_type"] = "application/pdf",
                    ["file_size"] = 20000,
                };
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }
}
