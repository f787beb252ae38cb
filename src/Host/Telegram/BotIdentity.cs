using System.Text.RegularExpressions;

namespace TutorBot.Host.Telegram;

/// <summary>Who the bot is in Telegram (from getMe): group messages count only when addressed to it.</summary>
internal sealed class BotIdentity
{
    public long Id { get; private set; }

    public string Username { get; private set; } = string.Empty;

    /// <summary>"@username" as a whole word: not inside an address, not the start of a longer name.</summary>
    public Regex? Mention { get; private set; }

    public void Set(long id, string username)
    {
        Id = id;
        Username = username;
        Mention = username.Length == 0
            ? null
            : new Regex($@"(?<![\w@.])@{Regex.Escape(username)}(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
