using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.AI;

namespace TutorBot.Infrastructure.Caching;

/// <summary>
/// The key of a model call: a SHA-256 of exactly what is sent — the model (the options' or else the client's default,
/// and its provider), every option that changes the answer, the additional properties (among them
/// <see cref="ResponseCachingChatClient.PromptVersionKey"/>) and the messages' roles, author names and texts, in order.
/// </summary>
internal static class ResponseCacheKey
{
    // Bumped whenever the layout below changes, so that old and new keys never meet.
    private const string Layout = "tutorbot-response-key-1";

    /// <summary>
    /// Only requests made of text can be keyed: tools, images or opaque request factories would change the answer
    /// without changing the key.
    /// </summary>
    public static bool CanKey(IEnumerable<ChatMessage> messages, ChatOptions? options) =>
        messages.All(m => m.Contents.All(c => c is TextContent))
        && options is null
            or { Tools: null or { Count: 0 }, RawRepresentationFactory: null, ContinuationToken: null }
        && (options?.AdditionalProperties is null || options.AdditionalProperties.Values.All(IsPlain));

    public static string Compute(ChatClientMetadata? model, IEnumerable<ChatMessage> messages, ChatOptions? options, ReadOnlySpan<object?> additionalValues)
    {
        var text = new StringBuilder(256);
        Field(text, Layout);
        Field(text, model?.ProviderName);
        Field(text, model?.ProviderUri?.ToString());
        Field(text, options?.ModelId ?? model?.DefaultModelId);
        if (options is not null)
        {
            Field(text, options.Instructions);
            Field(text, Plain(options.Temperature));
            Field(text, Plain(options.MaxOutputTokens));
            Field(text, Plain(options.TopP));
            Field(text, Plain(options.TopK));
            Field(text, Plain(options.FrequencyPenalty));
            Field(text, Plain(options.PresencePenalty));
            Field(text, Plain(options.Seed));
            Field(text, options.ResponseFormat switch
            {
                null => null,
                ChatResponseFormatJson json => $"json {json.SchemaName} {json.SchemaDescription} {json.Schema?.GetRawText()}",
                var format => format.GetType().Name,
            });
            Field(text, options.Reasoning is { } reasoning ? $"{reasoning.Effort} {reasoning.Output}" : null);
            Field(text, Plain(options.StopSequences?.Count));
            foreach (var stop in options.StopSequences ?? [])
            {
                Field(text, stop);
            }

            Field(text, Plain(options.AdditionalProperties?.Count));
            foreach (var (name, value) in options.AdditionalProperties?.OrderBy(p => p.Key, StringComparer.Ordinal) ?? Enumerable.Empty<KeyValuePair<string, object?>>())
            {
                Field(text, name);
                Field(text, Plain(value));
            }
        }

        foreach (var value in additionalValues)
        {
            Field(text, Plain(value));
        }

        foreach (var message in messages)
        {
            Field(text, message.Role.Value);
            Field(text, message.AuthorName);
            Field(text, Plain(message.Contents.Count));
            foreach (var content in message.Contents)
            {
                Field(text, ((TextContent)content).Text);
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Length-prefixed, so that no two different sequences of fields read the same ("ab","c" vs "a","bc").</summary>
    private static void Field(StringBuilder text, string? value)
    {
        if (value is null)
        {
            text.Append("-;");
            return;
        }

        text.Append(value.Length).Append(':').Append(value).Append(';');
    }

    private static bool IsPlain(object? value) => value is null or string or bool or char || value.GetType().IsPrimitive || value is decimal;

    private static string? Plain(object? value) => value switch
    {
        null => null,
        string s => s,
        // The type is part of it: 1 and "1" and 1.0 are sent differently.
        IFormattable f => $"{value.GetType().Name} {f.ToString(null, CultureInfo.InvariantCulture)}",
        _ => $"{value.GetType().Name} {value}",
    };
}
