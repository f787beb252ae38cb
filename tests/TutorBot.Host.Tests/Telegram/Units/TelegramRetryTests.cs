using System.Net;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using TutorBot.Host.Telegram;

namespace TutorBot.Host.Tests.Telegram.Units;

/// <summary>One line per problem, for the log and /healthz.</summary>
public sealed class TelegramRetryTests
{
    [Test]
    public void Describe_409_SaysAnotherInstanceIsUsingTheToken()
    {
        var conflict = new ApiRequestException(
            "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running", 409);

        var description = TelegramRetry.Describe(conflict);

        Assert.That(description, Does.StartWith("409").And.Contain("another instance").And.Contain("terminated by other getUpdates request"));
    }

    [TestCase(400, "Bad Request: chat not found")]
    [TestCase(403, "Forbidden: bot was blocked by the user")]
    [TestCase(500, "Internal Server Error")]
    public void Describe_ApiError_IsItsCodeAndMessage(int code, string message)
    {
        Assert.That(TelegramRetry.Describe(new ApiRequestException(message, code)), Is.EqualTo($"{code}: {message}"));
    }

    [Test]
    public void Describe_429_IsItsCodeAndMessage()
    {
        var flood = new ApiRequestException("Too Many Requests: retry after 7", 429, new ResponseParameters { RetryAfter = 7 });

        Assert.That(TelegramRetry.Describe(flood), Is.EqualTo("429: Too Many Requests: retry after 7"));
    }

    [Test]
    public void Describe_TransportFailure_SaysTransport()
    {
        var failure = new RequestException("Bot API Service Failure", new HttpRequestException("Connection refused (127.0.0.1:8081)"));

        Assert.That(TelegramRetry.Describe(failure), Is.EqualTo("transport: Bot API Service Failure"));
    }

    [Test]
    public void Describe_UnreadableResponse_SaysTransport()
    {
        var failure = new RequestException("Required properties are missing", HttpStatusCode.OK);

        Assert.That(TelegramRetry.Describe(failure), Is.EqualTo("transport: Required properties are missing"));
    }

    [Test]
    public void Describe_OtherException_IsItsTypeAndMessage()
    {
        Assert.That(TelegramRetry.Describe(new TimeoutException("no answer in 45 s")), Is.EqualTo("TimeoutException: no answer in 45 s"));
    }

    [Test]
    public void Describe_NoException_IsAnUnknownFailure()
    {
        Assert.That(TelegramRetry.Describe(null), Is.EqualTo("unknown failure"));
    }
}
