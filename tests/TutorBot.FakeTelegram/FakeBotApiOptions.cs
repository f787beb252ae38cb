namespace TutorBot.FakeTelegram;

/// <summary>How the fake Bot API server behaves. Defaults match Telegram's documented limits.</summary>
public sealed class FakeBotApiOptions
{
    public string Token { get; set; } = "123456:TEST-fake-token";

    /// <summary>The username getMe reports.</summary>
    public string BotUsername { get; set; } = "tutor_test_bot";

    public long BotId { get; set; } = 123456;

    /// <summary>Refuse sendMessage with 429 when the bot exceeds the per-chat or global rate.</summary>
    public bool EnforceLimits { get; set; } = true;

    public int PerChatMessagesPerSecond { get; set; } = 1;

    public int GlobalMessagesPerSecond { get; set; } = 30;

    /// <summary>
    /// Limits are checked over windows of one second minus this tolerance, so a sender that paces itself at
    /// exactly the limit is not punished for timer jitter. A negative tolerance widens the window (tests use that
    /// to make "too fast" certain on a slow machine).
    /// </summary>
    public TimeSpan LimitTolerance { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>The retry_after of the 429s the limits produce.</summary>
    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>How long a failed webhook delivery waits before it is tried again.</summary>
    public TimeSpan WebhookRetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Keep each request's body in <see cref="FakeBotApi.Calls"/>. A long load run may turn this off (bodies are then
    /// recorded as empty) to keep memory flat.
    /// </summary>
    public bool RecordCallBodies { get; set; } = true;

    /// <summary>Parallel webhook deliveries when setWebhook does not say max_connections.</summary>
    public int WebhookMaxConnections { get; set; } = 40;
}
