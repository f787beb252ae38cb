using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace TutorBot.Infrastructure.Tutoring.OpenAi;

/// <summary>
/// The model's HTTP resilience, outermost first: a total timeout of <c>Ai:Timeout</c> (retries and their waits
/// included, so a student never waits longer), <see cref="MaxRetries"/> retries, a circuit breaker, and a timeout
/// per attempt. All figures are here.
/// </summary>
internal static class TutorModelResilience
{
    /// <summary>
    /// Two retries (three attempts): quick failures (429, 5xx) usually clear within a second or two, and more tries
    /// would only delay the offline tutor's answer. Retried: 408, 429, 5xx, transport errors and attempts that timed
    /// out; not retried: other 4xx, a malformed body (the pipeline sees a 200), the caller's cancellation.
    /// </summary>
    public const int MaxRetries = 2;

    /// <summary>
    /// Exponential backoff with jitter from 250 ms (about 0.25 s, then 0.5 s), each wait at most
    /// <see cref="MaxRetryDelay"/>; a <c>Retry-After</c> on 429/503 replaces the computed wait.
    /// </summary>
    public static readonly TimeSpan RetryBaseDelay = TimeSpan.FromMilliseconds(250);

    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(2);

    /// <summary>
    /// A <c>Retry-After</c> longer than this share of <c>Ai:Timeout</c> is not waited for: the total timeout would
    /// end the wait anyway, so the failure goes to the caller at once and the offline tutor answers sooner.
    /// </summary>
    public const double MaxRetryAfterShareOfTimeout = 0.5;

    /// <summary>One attempt may take this share of <c>Ai:Timeout</c>, so a hung attempt leaves time for a retry.</summary>
    public const double AttemptShareOfTimeout = 0.5;

    /// <summary>
    /// The circuit opens when, within <see cref="BreakerSamplingDuration"/>, at least <see cref="BreakerMinimumThroughput"/>
    /// attempts were made and at least <see cref="BreakerFailureRatio"/> of them failed (5xx, 408, 429, timeouts,
    /// transport errors) — e.g. 5 failed attempts in 30 s, which is one call and its retries failing and a bit more.
    /// While open (<see cref="BreakerBreakDuration"/>) calls fail at once without touching the network.
    /// </summary>
    public const int BreakerMinimumThroughput = 5;

    public const double BreakerFailureRatio = 0.5;

    public static readonly TimeSpan BreakerSamplingDuration = TimeSpan.FromSeconds(30);

    public static readonly TimeSpan BreakerBreakDuration = TimeSpan.FromSeconds(15);

    /// <summary>Polly refuses timeouts below 10 ms.</summary>
    private static readonly TimeSpan MinimumTimeout = TimeSpan.FromMilliseconds(10);

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, TimeSpan timeout)
    {
        var total = Max(timeout, MinimumTimeout);
        var retry = new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = RetryBaseDelay,
            MaxDelay = MaxRetryDelay,
            ShouldRetryAfterHeader = true,
        };
        var transient = retry.ShouldHandle;
        var maxRetryAfter = total * MaxRetryAfterShareOfTimeout;
        retry.ShouldHandle = args => args.Outcome.Result is { } response && RetryAfter(response) > maxRetryAfter
            ? ValueTask.FromResult(false)
            : transient(args);

        pipeline
            .AddTimeout(new HttpTimeoutStrategyOptions { Name = "TotalTimeout", Timeout = total })
            .AddRetry(retry)
            .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                MinimumThroughput = BreakerMinimumThroughput,
                FailureRatio = BreakerFailureRatio,
                SamplingDuration = BreakerSamplingDuration,
                BreakDuration = BreakerBreakDuration,
            })
            .AddTimeout(new HttpTimeoutStrategyOptions { Name = "AttemptTimeout", Timeout = Max(total * AttemptShareOfTimeout, MinimumTimeout) });
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow,
        _ => null,
    };

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
