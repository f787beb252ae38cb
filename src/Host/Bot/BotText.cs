using System.Globalization;
using System.Text;

namespace TutorBot.Host.Bot;

/// <summary>Small formatting helpers for replies.</summary>
internal static class BotText
{
    public static string Count(long count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    public static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>
    /// A student's text quoted back, shortened for a listing: on one line, cut between characters (never inside a
    /// surrogate pair), and always sendable: a broken surrogate or a control character shows as U+FFFD.
    /// </summary>
    public static string Preview(string text, int maxLength)
    {
        var shown = new StringBuilder(Math.Min(text.Length, maxLength + 2));
        foreach (var rune in text.ReplaceLineEndings(" ").EnumerateRunes())
        {
            if (shown.Length + rune.Utf16SequenceLength > maxLength)
            {
                return shown.Append('…').ToString();
            }

            // EnumerateRunes already turns a lone surrogate into U+FFFD.
            shown.Append(rune.Value == '\t' ? " " : Rune.IsControl(rune) ? Rune.ReplacementChar.ToString() : rune.ToString());
        }

        return shown.ToString();
    }
}
