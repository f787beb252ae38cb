using System.Text.Json.Nodes;

namespace TutorBot.FakeTelegram;

// The Bot API methods the fake implements; anything else is 404 "method not found".
public sealed partial class FakeBotApi
{
    private const int MaxMessageLength = 4096;

    private Dictionary<string, Method> CreateMethods()
    {
        Method[] methods =
        [
            new("getMe", (_, _) => Task.FromResult(ApiResult.Ok(_json.Bot()))),
            new("getUpdates", GetUpdatesAsync),
            new("sendMessage", (request, _) => Task.FromResult(SendMessage(request))),
            new("editMessageText", (request, _) => Task.FromResult(EditMessageText(request))),
            new("sendChatAction", (request, _) => Task.FromResult(SendChatAction(request))),
            new("answerCallbackQuery", (request, _) => Task.FromResult(AnswerCallbackQuery(request))),
            new("setWebhook", (request, _) => Task.FromResult(SetWebhook(request))),
            new("deleteWebhook", (request, _) => Task.FromResult(DeleteWebhook(request))),
            new("getWebhookInfo", (_, _) => Task.FromResult(ApiResult.Ok(_updates.WebhookInfo()))),
            new("setMyCommands", (_, _) => Task.FromResult(ApiResult.True)),
            new("deleteMyCommands", (_, _) => Task.FromResult(ApiResult.True)),
            new("getMyCommands", (_, _) => Task.FromResult(ApiResult.OkRaw("[]"))),
        ];
        return methods.ToDictionary(m => m.Name, StringComparer.OrdinalIgnoreCase);
    }

    private Task<ApiResult> GetUpdatesAsync(BotApiRequest request, CancellationToken aborted)
    {
        var limit = (int)Math.Clamp(request.GetLong("limit") ?? 100, 1, 100);
        var timeout = (int)Math.Clamp(request.GetLong("timeout") ?? 0, 0, int.MaxValue);
        return _updates.GetUpdatesAsync(request.GetLong("offset") ?? 0, limit, timeout, aborted);
    }

    private ApiResult SendChatAction(BotApiRequest request)
    {
        if (TargetChat(request, out var chatId) is { } refused)
        {
            return refused;
        }

        _chatActions.Add(new ChatAction(chatId, request.GetString("action") ?? string.Empty));
        return ApiResult.True;
    }

    private ApiResult AnswerCallbackQuery(BotApiRequest request)
    {
        if (request.GetString("callback_query_id") is not { Length: > 0 } id)
        {
            return ApiResult.BadRequest("query is too old and response timeout expired or query ID is invalid");
        }

        _callbackAnswers.Add(new CallbackAnswer(id, request.GetString("text")));
        return ApiResult.True;
    }

    private ApiResult SetWebhook(BotApiRequest request)
    {
        var url = request.GetString("url");
        var drop = request.GetBool("drop_pending_updates");
        if (string.IsNullOrEmpty(url))
        {
            // Telegram: an empty url removes the webhook.
            _updates.DeleteWebhook(drop);
            return ApiResult.True;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return ApiResult.BadRequest("bad webhook: Wrong URL host");
        }

        var connections = (int)Math.Clamp(request.GetLong("max_connections") ?? Options.WebhookMaxConnections, 1, 100);
        _updates.SetWebhook(uri, request.GetString("secret_token"), connections, drop);
        return ApiResult.True;
    }

    private ApiResult DeleteWebhook(BotApiRequest request)
    {
        Interlocked.Increment(ref _deleteWebhookCalls);
        _updates.DeleteWebhook(request.GetBool("drop_pending_updates"));
        return ApiResult.True;
    }

    /// <summary>Null when the request names a chat the bot may write to.</summary>
    private ApiResult? TargetChat(BotApiRequest request, out long chatId)
    {
        chatId = 0;
        if (request.ChatId is not { } id)
        {
            return ApiResult.BadRequest(request.GetString("chat_id") is null ? "chat_id is empty" : "chat not found");
        }

        chatId = id;
        return _blockedChats.ContainsKey(id) ? ApiResult.Error(403, ApiResult.BlockedByUser) : null;
    }

    /// <summary>Validates text and parse mode like Telegram; on success gives the canonical parse mode and the visible text.</summary>
    private static ApiResult? CheckText(BotApiRequest request, out string text, out string? parseMode, out string plain)
    {
        text = request.GetString("text") ?? string.Empty;
        plain = text;
        parseMode = request.GetString("parse_mode") switch
        {
            null or "" => null,
            var mode when mode.Equals("html", StringComparison.OrdinalIgnoreCase) => TelegramHtml.ParseModeName,
            var mode when mode.Equals("markdownv2", StringComparison.OrdinalIgnoreCase) => "MarkdownV2",
            var mode when mode.Equals("markdown", StringComparison.OrdinalIgnoreCase) => "Markdown",
            _ => "?",
        };
        if (parseMode == "?")
        {
            return ApiResult.BadRequest("unsupported parse_mode");
        }

        if (text.Length == 0)
        {
            return ApiResult.BadRequest("message text is empty");
        }

        if (parseMode == TelegramHtml.ParseModeName)
        {
            plain = TelegramHtml.Parse(text, out var error);
            if (error is not null)
            {
                return ApiResult.BadRequest("can't parse entities: " + error);
            }
        }

        plain = plain.Trim();
        if (plain.Length == 0)
        {
            return ApiResult.BadRequest("message text is empty");
        }

        return plain.Length > MaxMessageLength ? ApiResult.BadRequest("message is too long") : null;
    }

    private JsonObject BotMessage(long messageId, long chatId, string plain)
    {
        var message = _json.Message(messageId, _json.Bot(), new JsonObject { ["id"] = chatId, ["type"] = ChatType(chatId) });
        message["text"] = plain;
        return message;
    }
}
