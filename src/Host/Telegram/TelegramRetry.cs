using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Telegram.Bot.Exceptions;

namespace TutorBot.Host.Telegram;

/// <summary>
/// The retry policies for Telegram calls: growing delays with jitter, capped, and never giving up on their
/// own (the bot must not stop silently); only stopping the bot ends them.
/// </summary>
internal static partial class TelegramRetry
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// For calls that must eventually succeed: getMe, getUpdates, deleteWebhook, setWebhook. Each attempt has
    /// its own deadline (<paramref name="attemptTimeout"/>, 30 s by default), so a server that never answers
    /// is retried like one that fails.
    /// </summary>
    public static ResiliencePipeline Forever(
        string operation, TimeSpan maxDelay, TransportHealth health, ILogger logger, TimeProvider time, TimeSpan? attemptTimeout = null) =>
        new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(e => e is not OperationCanceledException),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = FirstDelay,
                MaxDelay = maxDelay,
                OnRetry = args =>
                {
                    var problem = Describe(args.Outcome.Exception);
                    health.RecordFailure(problem);
                    LogRetry(logger, operation, args.AttemptNumber + 1, problem, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(attemptTimeout ?? TimeSpan.FromSeconds(30))
            .Build();

    /// <summary>What went wrong, in one line without secrets (the library never puts the token in messages).</summary>
    public static string Describe(Exception? exception) => exception switch
    {
        ApiRequestException { ErrorCode: 409 } e => $"409 conflict: another instance or a webhook is using this token ({e.Message})",
        ApiRequestException e => $"{e.ErrorCode}: {e.Message}",
        RequestException e => $"transport: {e.Message}",
        null => "unknown failure",
        _ => $"{exception.GetType().Name}: {exception.Message}",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram {Operation} failed (attempt {Attempt}): {Problem}; retrying in {Delay}")]
    private static partial void LogRetry(ILogger logger, string operation, int attempt, string problem, TimeSpan delay);
}
