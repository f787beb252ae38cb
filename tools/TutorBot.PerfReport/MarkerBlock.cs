namespace TutorBot.PerfReport;

/// <summary>
/// The generated part of docs/benchmarks.md lives between two markers; everything outside them is hand-written and
/// is kept byte for byte.
/// </summary>
internal static class MarkerBlock
{
    public const string Start = "<!-- generated:start -->";
    public const string End = "<!-- generated:end -->";

    /// <summary>
    /// Replaces the block between the markers (markers included) by <paramref name="block"/>, which carries its own
    /// markers. Without markers the block goes at the top: after the title line, if the document starts with one.
    /// </summary>
    public static string Apply(string document, string block)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(block);
        var start = document.IndexOf(Start, StringComparison.Ordinal);
        var end = document.IndexOf(End, StringComparison.Ordinal);
        if (start < 0 && end < 0)
        {
            return Insert(document, block);
        }

        if (start < 0 || end < 0 || end < start ||
            document.IndexOf(Start, start + Start.Length, StringComparison.Ordinal) >= 0 ||
            document.IndexOf(End, end + End.Length, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidDataException($"The document must have exactly one \"{Start}\" followed by one \"{End}\", or neither.");
        }

        return string.Concat(document.AsSpan(0, start), block, document.AsSpan(end + End.Length));
    }

    private static string Insert(string document, string block)
    {
        if (!document.StartsWith("# ", StringComparison.Ordinal))
        {
            return block + "\n\n" + document;
        }

        var afterTitle = document.IndexOf('\n', StringComparison.Ordinal) + 1;
        if (afterTitle == 0)
        {
            return document + "\n\n" + block + "\n";
        }

        return document[..afterTitle] + "\n" + block + "\n" + document[afterTitle..];
    }
}
