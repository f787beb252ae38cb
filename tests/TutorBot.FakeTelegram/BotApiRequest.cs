using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace TutorBot.FakeTelegram;

/// <summary>
/// The parameters of one Bot API call, from a JSON body (what Telegram.Bot sends), a form body or the query string.
/// Values may arrive as JSON numbers or as strings, like the real server accepts.
/// </summary>
internal sealed class BotApiRequest
{
    private static readonly JsonNodeOptions NodeOptions = new() { PropertyNameCaseInsensitive = true };

    private BotApiRequest(string body, JsonObject arguments)
    {
        Body = body;
        Arguments = arguments;
    }

    public string Body { get; }

    public JsonObject Arguments { get; }

    /// <summary>Null when the body cannot be read as parameters.</summary>
    public static BotApiRequest? Parse(string body, string? contentType, IQueryCollection query)
    {
        JsonObject arguments;
        if (string.IsNullOrWhiteSpace(body))
        {
            arguments = new JsonObject(NodeOptions);
        }
        else if (contentType is not null && contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            arguments = new JsonObject(NodeOptions);
            foreach (var (key, value) in QueryHelpers.ParseQuery(body))
            {
                arguments[key] = value.ToString();
            }
        }
        else
        {
            try
            {
                if (JsonNode.Parse(body, NodeOptions) is not JsonObject parsed)
                {
                    return null;
                }

                arguments = parsed;
            }
            catch (JsonException)
            {
                return null;
            }
        }

        foreach (var (key, value) in query)
        {
            if (!arguments.ContainsKey(key))
            {
                arguments[key] = value.ToString();
            }
        }

        return new BotApiRequest(body, arguments);
    }

    public string? GetString(string name) => Arguments[name] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        var other => other.ToJsonString(),
    };

    public long? GetLong(string name)
    {
        switch (Arguments[name])
        {
            case JsonValue value when value.TryGetValue<long>(out var number):
                return number;
            case JsonValue value when value.TryGetValue<string>(out var text)
                && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed):
                return parsed;
            default:
                return null;
        }
    }

    public bool GetBool(string name)
    {
        switch (Arguments[name])
        {
            case JsonValue value when value.TryGetValue<bool>(out var flag):
                return flag;
            case JsonValue value when value.TryGetValue<string>(out var text):
                return bool.TryParse(text, out var parsed) && parsed;
            default:
                return false;
        }
    }

    /// <summary>A nested object parameter as JSON text; some clients send it pre-serialised as a string.</summary>
    public string? GetJson(string name) => Arguments[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        var other => other.ToJsonString(),
    };

    /// <summary>The chat_id when it is numeric; "@username" chats are not modelled.</summary>
    public long? ChatId => GetLong("chat_id");
}
