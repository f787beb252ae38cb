namespace TutorBot.Host.Cli;

/// <summary>The <c>Telegram</c> configuration section. The token is a secret: never print or log it.</summary>
internal sealed class TelegramOptions
{
    public const string SectionName = "Telegram";

    public string? BotToken { get; set; }

    public bool HasToken => !string.IsNullOrWhiteSpace(BotToken);
}
