using Microsoft.AspNetCore.WebUtilities;

namespace TutorBot.FakeTelegram;

/// <summary>A scripted misbehaviour of the Bot API, see <see cref="FakeBotApi.Fail"/>.</summary>
public abstract record Fault
{
    private protected Fault()
    {
    }

    /// <summary>429 "Too Many Requests: retry after N" with parameters.retry_after = N.</summary>
    public static Fault TooManyRequests(int retryAfterSeconds) =>
        new ErrorFault(ApiResult.TooManyRequests(retryAfterSeconds));

    /// <summary>A 5xx answer ("Internal Server Error", "Bad Gateway", …).</summary>
    public static Fault ServerError(int status = 500) =>
        new ErrorFault(ApiResult.Error(status, ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Internal Server Error"));

    public static Fault Conflict() => new ErrorFault(ApiResult.Error(409, ApiResult.TerminatedByOtherGetUpdates));

    public static Fault Forbidden() => new ErrorFault(ApiResult.Error(403, ApiResult.BlockedByUser));

    /// <summary>Answers normally, but only after the delay.</summary>
    public static Fault Delay(TimeSpan delay) => new DelayFault(delay);

    /// <summary>200 with a body that is not JSON.</summary>
    public static Fault Garbage() => new ErrorFault(ApiResult.Garbage);

    /// <summary>400 with "Bad Request: " and the description (the prefix is not doubled when given).</summary>
    public static Fault BadRequest(string description)
    {
        ArgumentNullException.ThrowIfNull(description);
        return new ErrorFault(ApiResult.Error(400, description.StartsWith("Bad Request", StringComparison.Ordinal) ? description : "Bad Request: " + description));
    }
}

internal sealed record ErrorFault(ApiResult Result) : Fault;

internal sealed record DelayFault(TimeSpan Duration) : Fault;
