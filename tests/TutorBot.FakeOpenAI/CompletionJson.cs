using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace TutorBot.FakeOpenAI;

/// <summary>Bodies in the shapes of the OpenAI chat completions API.</summary>
internal static class CompletionJson
{
    public static string Completion(string id, long created, string model, string? content, int promptTokens, int completionTokens, bool noChoices = false)
    {
        var choices = new JsonArray();
        if (!noChoices)
        {
            choices.Add(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content, ["refusal"] = null },
                ["logprobs"] = null,
                ["finish_reason"] = "stop",
            });
        }

        return new JsonObject
        {
            ["id"] = id,
            ["object"] = "chat.completion",
            ["created"] = created,
            ["model"] = model,
            ["choices"] = choices,
            ["usage"] = new JsonObject
            {
                ["prompt_tokens"] = promptTokens,
                ["completion_tokens"] = completionTokens,
                ["total_tokens"] = promptTokens + completionTokens,
            },
        }.ToJsonString();
    }

    /// <summary><c>{"error": {message, type, param, code}}</c> with OpenAI's wording for the common statuses.</summary>
    public static string Error(int status, string? message = null)
    {
        var (type, code, text) = status switch
        {
            400 => ("invalid_request_error", (string?)null, "Bad request."),
            401 => ("invalid_request_error", "invalid_api_key", "Incorrect API key provided."),
            404 => ("invalid_request_error", "model_not_found", "The model does not exist or you do not have access to it."),
            429 => ("requests", "rate_limit_exceeded", "Rate limit reached for requests. Please try again later."),
            >= 500 => ("server_error", null, "The server had an error while processing your request. Sorry about that!"),
            _ => ("invalid_request_error", null, ReasonPhrases.GetReasonPhrase(status)),
        };
        return new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["message"] = message ?? text,
                ["type"] = type,
                ["param"] = null,
                ["code"] = code,
            },
        }.ToJsonString();
    }
}
