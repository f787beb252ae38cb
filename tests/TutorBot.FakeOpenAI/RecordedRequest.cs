using System.Text.Json;

namespace TutorBot.FakeOpenAI;

/// <summary>One message of a request as the model would read it: role and text (text parts joined).</summary>
public sealed record RecordedMessage(string Role, string? Content);

/// <summary>
/// A chat completions request as it arrived: the raw body and a parsed view. Parsed fields are null when the body
/// lacks them (or is not JSON). <see cref="MaxTokens"/> is <c>max_completion_tokens</c>, else <c>max_tokens</c>.
/// </summary>
public sealed record RecordedRequest(
    string Json,
    string? Authorization,
    string? Model,
    IReadOnlyList<RecordedMessage> Messages,
    double? Temperature,
    int? MaxTokens,
    bool Stream)
{
    /// <summary>The bearer token of the Authorization header, or null.</summary>
    public string? BearerToken =>
        Authorization is { } header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..] : null;

    internal static RecordedRequest Parse(string json, string? authorization)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return new RecordedRequest(json, authorization, null, [], null, null, false);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return new RecordedRequest(json, authorization, null, [], null, null, false);
        }

        return new RecordedRequest(
            json,
            authorization,
            String(root, "model"),
            ParseMessages(root),
            root.TryGetProperty("temperature", out var temperature) && temperature.ValueKind == JsonValueKind.Number ? temperature.GetDouble() : null,
            Int(root, "max_completion_tokens") ?? Int(root, "max_tokens"),
            root.TryGetProperty("stream", out var stream) && stream.ValueKind == JsonValueKind.True);
    }

    private static List<RecordedMessage> ParseMessages(JsonElement root)
    {
        if (!root.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return [.. messages.EnumerateArray()
            .Where(message => message.ValueKind == JsonValueKind.Object)
            .Select(message => new RecordedMessage(String(message, "role") ?? string.Empty, Content(message)))];
    }

    // Content is a string, or an array of parts of which the text ones count.
    private static string? Content(JsonElement message)
    {
        if (!message.TryGetProperty("content", out var content))
        {
            return null;
        }

        return content.ValueKind switch
        {
            JsonValueKind.String => content.GetString(),
            JsonValueKind.Array => string.Concat(content.EnumerateArray()
                .Where(part => part.ValueKind == JsonValueKind.Object && String(part, "type") == "text")
                .Select(part => String(part, "text"))),
            _ => null,
        };
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;
}
