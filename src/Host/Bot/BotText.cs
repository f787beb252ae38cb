using System.Globalization;

namespace TutorBot.Host.Bot;

/// <summary>Small formatting helpers for replies.</summary>
internal static class BotText
{
    public static string Count(long count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    public static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>Shortens a text for a listing, at a character boundary that keeps surrogate pairs whole.</summary>
    public static string Preview(string text, int maxLength)
    {
        var oneLine = text.ReplaceLineEndings(" ");
        if (oneLine.Length <= maxLength)
        {
            return oneLine;
        }

        var cut = char.IsHighSurrogate(oneLine[maxLength - 1]) ? maxLength - 1 : maxLength;
        return string.Concat(oneLine.AsSpan(0, cut), "…");
    }
}
