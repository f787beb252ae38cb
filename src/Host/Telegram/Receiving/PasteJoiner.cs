using TutorBot.Host.Bot;

namespace TutorBot.Host.Telegram.Receiving;

/// <summary>
/// Recognises a long paste that a Telegram client cut into several messages, and joins its parts back together
/// so the student gets one answer instead of one per part.
/// </summary>
internal static class PasteJoiner
{
    /// <summary>
    /// A part at least this long was probably cut. Clients cut at 4096 UTF-16 code units but back off to the last
    /// line break or space before it, so a cut part is a little shorter than 4096; the ~300 characters of slack
    /// cover backing off over a long line, and a student rarely types 3800 characters by hand in one message.
    /// </summary>
    public const int NearLimit = 3800;

    /// <summary>The separator put back at each cut: the client dropped the whitespace there, a newline keeps words apart.</summary>
    public const char Separator = '\n';

    /// <summary>True when <paramref name="text"/> may be the first part of a cut paste: near the limit and not a command.</summary>
    public static bool StartsPaste(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length >= NearLimit && !IsCommand(text);
    }

    /// <summary>
    /// True when <paramref name="next"/> continues the paste whose latest part is <paramref name="previousPart"/>:
    /// that part may have been cut (see <see cref="StartsPaste"/>), the next one is not a command, and it came
    /// within <paramref name="window"/> after it (not before it).
    /// </summary>
    public static bool Continues(string previousPart, DateTime previousAtUtc, string next, DateTime nextAtUtc, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(next);
        var gap = nextAtUtc - previousAtUtc;
        return StartsPaste(previousPart) && !IsCommand(next) && gap >= TimeSpan.Zero && gap <= window;
    }

    /// <summary>
    /// Joins the parts in order with <see cref="Separator"/>, stopping before the first part that would make the
    /// text longer than <paramref name="maxLength"/>; the first part is always used, even when it alone is too long
    /// (validation then answers it like any other long message).
    /// </summary>
    /// <param name="usedParts">How many parts from the start went into the text; the rest are left for the caller.</param>
    public static string Join(IReadOnlyList<string> parts, int maxLength, out int usedParts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentOutOfRangeException.ThrowIfZero(parts.Count, nameof(parts));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLength);

        var length = parts[0].Length;
        usedParts = 1;
        while (usedParts < parts.Count && length + 1 + parts[usedParts].Length <= maxLength)
        {
            length += 1 + parts[usedParts].Length;
            usedParts++;
        }

        return usedParts == 1 ? parts[0] : string.Join(Separator, parts.Take(usedParts));
    }

    // The router's own definition, so a text is a command here exactly when the router would run it as one.
    private static bool IsCommand(string text) => BotCommandLine.TryParse(text, out _, out _);
}
