using System.Globalization;
using System.Text.Json.Nodes;

namespace TutorBot.FakeTelegram;

/// <summary>One answer of the fake: HTTP status = error_code, body in the Bot API's envelope.</summary>
internal readonly record struct ApiResult(int Status, string Body, string ContentType = "application/json")
{
    public const string TerminatedByOtherGetUpdates =
        "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running";

    public const string WebhookIsActive =
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first";

    public const string BlockedByUser = "Forbidden: bot was blocked by the user";

    public static ApiResult Garbage { get; } = new(200, "<html>oops</html>", "text/html");

    public static ApiResult True { get; } = OkRaw("true");

    public static ApiResult Ok(JsonNode? result) => OkRaw(result is null ? "null" : result.ToJsonString());

    /// <summary>Wraps an already serialised result (getUpdates hands raw updates over verbatim).</summary>
    public static ApiResult OkRaw(string resultJson) => new(200, "{\"ok\":true,\"result\":" + resultJson + "}");

    public static ApiResult Error(int code, string description, int? retryAfter = null)
    {
        var body = new JsonObject
        {
            ["ok"] = false,
            ["error_code"] = code,
            ["description"] = description,
        };
        if (retryAfter is { } seconds)
        {
            body["parameters"] = new JsonObject { ["retry_after"] = seconds };
        }

        return new ApiResult(code, body.ToJsonString());
    }

    public static ApiResult BadRequest(string description) => Error(400, "Bad Request: " + description);

    public static ApiResult TooManyRequests(int retryAfter) =>
        Error(429, "Too Many Requests: retry after " + retryAfter.ToString(CultureInfo.InvariantCulture), retryAfter);
}
