namespace TutorBot.Host.Bot;

/// <summary>Splits "/name@bot arguments" into its parts.</summary>
internal static class BotCommandLine
{
    public static bool TryParse(string text, out string name, out string arguments)
    {
        name = string.Empty;
        arguments = string.Empty;
        var trimmed = text.TrimStart();
        if (!trimmed.StartsWith('/'))
        {
            return false;
        }

        var end = trimmed.AsSpan().IndexOfAny(' ', '\n', '\t');
        var word = end < 0 ? trimmed[1..] : trimmed[1..end];

        // In group chats Telegram clients append the bot's username: /help@TutorBot.
        var at = word.IndexOf('@', StringComparison.Ordinal);
        name = (at < 0 ? word : word[..at]).ToLowerInvariant();
        arguments = end < 0 ? string.Empty : trimmed[end..].Trim();
        return true;
    }
}
