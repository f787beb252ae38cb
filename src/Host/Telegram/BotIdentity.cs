namespace TutorBot.Host.Telegram;

/// <summary>Who the bot is in Telegram (from getMe): group messages count only when addressed to it.</summary>
internal sealed class BotIdentity
{
    public long Id { get; private set; }

    public string Username { get; private set; } = string.Empty;

    public void Set(long id, string username)
    {
        Id = id;
        Username = username;
    }
}
