namespace TutorBot.Host.Telegram.Sending;

/// <summary>
/// Cuts a plain-text reply into parts Telegram accepts, each as long as possible, at the most natural boundary
/// that fits: a paragraph break, else a line break, else any whitespace; inside a word only when one word alone
/// is longer than a part.
/// </summary>
/// <remarks>
/// Lengths are UTF-16 code units of the plain text, as Telegram counts them after entity parsing: split first,
/// then escape each part. The whitespace at a cut (and, once a text is split, before its first and after its last
/// part) is dropped, because Telegram trims every message anyway and a part must never be blank; everything else
/// is kept exactly. A run of whitespace with two or more line breaks is a paragraph break ("\n\n", "\r\n\r\n",
/// "\n \n"), with one a line break.
/// </remarks>
internal static class ReplySplitter
{
    /// <summary>Telegram's limit for one message text.</summary>
    public const int TelegramMaxLength = 4096;

    public static IReadOnlyList<string> Split(string text, int maxLength = TelegramMaxLength)
    {
        // Below two, a surrogate pair could not be kept whole.
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (text.Length <= maxLength)
        {
            return [text];
        }

        var parts = new List<string>();
        var start = SkipWhitespace(text, 0);
        var contentEnd = text.Length;
        while (char.IsWhiteSpace(text[contentEnd - 1]))
        {
            contentEnd--;
        }

        while (contentEnd - start > maxLength)
        {
            var cut = FindCut(text, start, start + maxLength);
            parts.Add(text[start..cut]);
            start = SkipWhitespace(text, cut);
        }

        parts.Add(text[start..contentEnd]);
        return parts;
    }

    /// <summary>
    /// Where the part starting at <paramref name="start"/> (a non-whitespace character) ends, given that it may not
    /// reach <paramref name="limit"/>; <c>text[limit]</c> exists.
    /// </summary>
    private static int FindCut(string text, int start, int limit)
    {
        var lineBreak = -1;
        var space = -1;
        for (var i = limit; i > start; i--)
        {
            // Only the first character of a whitespace run is a candidate: the part then ends on content.
            if (!char.IsWhiteSpace(text[i]) || char.IsWhiteSpace(text[i - 1]))
            {
                continue;
            }

            var lineBreaks = CountLineBreaks(text, i, stopAt: 2);
            if (lineBreaks >= 2)
            {
                return i;
            }

            if (lineBreaks == 1 && lineBreak < 0)
            {
                lineBreak = i;
            }
            else if (space < 0)
            {
                space = i;
            }
        }

        if (lineBreak > 0)
        {
            return lineBreak;
        }

        if (space > 0)
        {
            return space;
        }

        // One word fills the whole part, so text[start..limit] holds no whitespace (and so no "\r\n") to cut at.
        return char.IsHighSurrogate(text[limit - 1]) && char.IsLowSurrogate(text[limit]) ? limit - 1 : limit;
    }

    private static int CountLineBreaks(string text, int runStart, int stopAt)
    {
        var count = 0;
        for (var i = runStart; i < text.Length && char.IsWhiteSpace(text[i]) && count < stopAt; i++)
        {
            if (text[i] == '\n')
            {
                count++;
            }
        }

        return count;
    }

    private static int SkipWhitespace(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }
}
