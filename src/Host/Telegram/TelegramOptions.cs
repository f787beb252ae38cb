namespace TutorBot.Host.Telegram;

/// <summary>The <c>Telegram</c> configuration section. The token is a secret: never print or log it.</summary>
internal sealed class TelegramOptions
{
    public const string SectionName = "Telegram";

    public const string PublicApiBaseUrl = "https://api.telegram.org";

    public string? BotToken { get; set; }

    /// <summary>The Bot API server; tests point it at a fake on loopback.</summary>
    public string ApiBaseUrl { get; set; } = PublicApiBaseUrl;

    /// <summary>The public HTTPS address Telegram posts updates to; set, it replaces long polling.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Telegram sends it back in <c>X-Telegram-Bot-Api-Secret-Token</c>; required with a webhook.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Where the bot's own web server listens (webhook and <c>/healthz</c>), behind a TLS proxy.</summary>
    public string? ListenUrl { get; set; }

    /// <summary>Telegram user ids allowed to use admin commands in chat.</summary>
    public long[] AdminUserIds { get; set; } = [];

    /// <summary>Parts of a long paste that Telegram split arrive within this time of each other.</summary>
    public TimeSpan JoinWindow { get; set; } = TimeSpan.FromSeconds(1.5);

    /// <summary>How long one getUpdates waits for news; the real server caps it at 50 s.</summary>
    public TimeSpan PollTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many chats are handled at once (each chat is always handled in order). Many: the chats that are
    /// ready together are written in one transaction (group commit), so more of them means fewer commits.
    /// </summary>
    public int MaxConcurrentChats { get; set; } = 256;

    /// <summary>Messages per second to one chat; Telegram allows about 1. 0 turns the limit off.</summary>
    public double MessagesPerSecondPerChat { get; set; } = 1;

    /// <summary>Messages per second overall; Telegram allows about 30. 0 turns the limit off.</summary>
    public double MessagesPerSecond { get; set; } = 30;

    /// <summary>How many messages are sent at once, to different chats.</summary>
    public int MaxConcurrentSends { get; set; } = 32;

    /// <summary>The longest wait between two tries of a failing Telegram call.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long handled updates and delivered messages are kept before <see cref="DeliveryRetention"/> deletes them.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    public bool HasToken => !string.IsNullOrWhiteSpace(BotToken);

    public bool UsesWebhook => !string.IsNullOrWhiteSpace(WebhookUrl);

    /// <summary>The bot serves HTTP when it has a webhook, or when asked to listen for <c>/healthz</c>.</summary>
    public bool ServesHttp => UsesWebhook || !string.IsNullOrWhiteSpace(ListenUrl);

    public string EffectiveListenUrl => string.IsNullOrWhiteSpace(ListenUrl) ? "http://0.0.0.0:8080" : ListenUrl;

    /// <summary>The path of <see cref="WebhookUrl"/>, where updates are posted.</summary>
    public string WebhookPath => UsesWebhook && Uri.TryCreate(WebhookUrl, UriKind.Absolute, out var url) ? url.AbsolutePath : "/";
}
