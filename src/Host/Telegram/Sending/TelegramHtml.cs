using Telegram.Bot.Extensions;

namespace TutorBot.Host.Telegram.Sending;

/// <summary>Plain text made safe for <c>parse_mode=HTML</c>, and recognising Telegram's complaint when it was not.</summary>
internal static class TelegramHtml
{
    /// <summary>Escapes <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> and <c>"</c>: the text shows exactly as written.</summary>
    public static string Escape(string plain)
    {
        ArgumentNullException.ThrowIfNull(plain);
        return HtmlText.Escape(plain)!;
    }

    /// <summary>
    /// True for Telegram's 400 "Bad Request: can't parse entities: …" (and the older "… Can't find end of the
    /// entity …"): the markup was refused, so the same text should be sent again as plain text.
    /// </summary>
    public static bool IsEntityParseError(string description)
    {
        ArgumentNullException.ThrowIfNull(description);
        return description.Contains("can't parse entities", StringComparison.OrdinalIgnoreCase)
            || description.Contains("can't find end of the entity", StringComparison.OrdinalIgnoreCase);
    }
}
