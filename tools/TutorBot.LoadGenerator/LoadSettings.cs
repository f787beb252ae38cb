namespace TutorBot.LoadGenerator;

/// <summary>One run of the load generator, as the command line asked for it.</summary>
/// <param name="Rate">Updates offered per second; 0 offers them all at once.</param>
/// <param name="LimitsOn">Whether the fake enforces Telegram's flood limits and the bot keeps its own (30/s, 1/s per chat).</param>
/// <param name="WarmupMessages">Messages from separate warm-up students before the measured run; 0 skips the warm-up.</param>
/// <param name="BotArgs">Passed to <c>tutorbot run</c> after the generator's own settings, so they win.</param>
internal sealed record LoadSettings(
    int Students,
    int Messages,
    double Rate,
    bool LimitsOn,
    TimeSpan Timeout,
    int WarmupMessages,
    bool Json,
    bool Keep,
    IReadOnlyList<string> BotArgs)
{
    /// <summary>Telegram's global limit, which the bot's default <c>Telegram:MessagesPerSecond</c> matches.</summary>
    public const int TelegramMessagesPerSecond = 30;

    /// <summary>Telegram's per-chat limit, which the bot's default <c>Telegram:MessagesPerSecondPerChat</c> matches.</summary>
    public const int TelegramMessagesPerSecondPerChat = 1;

    /// <summary>
    /// Enough for the JIT to finish tiering up (dynamic PGO recompiles the hot paths twice), so that the run measures
    /// the bot a long-running process is, not the JIT. Measured on 2 cores: the JIT's background thread kept busy for
    /// about 25 s of full load; after 3,000 warm-up messages it still took half a core during the measured run and cut
    /// throughput by a quarter; after 20,000 it was done. With limits on, warm-up replies come at 30/s, and the
    /// measured run is paced by the limit rather than by the CPU, so a short warm-up does.
    /// </summary>
    public const int WarmupWithoutLimits = 20_000;

    /// <inheritdoc cref="WarmupWithoutLimits"/>
    public const int WarmupWithLimits = 300;

    /// <summary>The bot's default <c>Limits:MessagesPerMinute</c>: a student over it gets a slow-down reply instead of an answer.</summary>
    public const int BotMessagesPerMinute = 20;

    public int Updates => Students * Messages;

    public string Mode =>
        (Rate > 0 ? $"open loop at {Rate:0.##} updates/s" : "as fast as possible") +
        (LimitsOn ? ", Telegram limits on" : ", Telegram limits off");

    /// <summary>More messages per student than the bot reads in a minute, unless the bot was told otherwise.</summary>
    public bool ExceedsSlowDownLimit =>
        Messages > BotMessagesPerMinute && !BotArgs.Any(a => a.Contains("Limits:MessagesPerMinute", StringComparison.OrdinalIgnoreCase));
}
