using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace TutorBot.Host.Tests.Hostile;

/// <summary>
/// A text a hostile or careless student could send, kept as the parts it was built from so that a failing case
/// shrinks to the few parts that matter.
/// </summary>
internal sealed record HostileText(IReadOnlyList<string> Parts)
{
    /// <summary>Telegram's cap for one text, and the bot's own Limits:MaxMessageLength and Limits:MinMessageLength (defaults).</summary>
    public static readonly int[] EdgeLengths = [0, 1, 9, 10, 11, 4095, 4096, 4097, 4999, 5000, 5001, 100_000];

    /// <summary>Fragments that have broken text handling somewhere: each is a reason for a text to be stored or refused.</summary>
    public static readonly string[] Fragments =
    [
        // Ordinary words and exercise-like answers.
        "what is a common denominator", "1/2", "42", "0.5", "x", "yes", "A",

        // Whitespace of every kind; \r alone is a control character.
        " ", "\t", "\n", "\r\n", "\u00A0", "\u2003", "\u3000", "\u2028",

        // Control characters.
        "\0", "\u0001", "\u0007", "\u001B[31m", "\u007F", "\u0085", "\r",

        // Lone and reversed surrogates.
        "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDE00\uD83D",

        // Direction overrides and zero-width characters.
        "\u202E", "\u202D", "\u2066", "\u200F", "\u200B", "\u200C", "\u200D", "\uFEFF", "\u2060",

        // Combining marks, with and without a base.
        "e\u0301", "\u0301\u0301\u0301", "Z\u0335\u0321\u0334\u0336\u0337\u0338",

        // Emoji: surrogate pairs, joiners, flags, keycaps.
        "😀", "👩‍👩‍👧‍👦", "🇫🇷", "1️⃣", "🏳️‍🌈",

        // CJK and other scripts.
        "分数是什么", "日本語の分数", "한국어", "مرحبا بالعالم", "שלום",

        // SQL.
        "'; DROP TABLE Students;--", "\" OR 1=1 --", "'); DELETE FROM ConversationMessages; --", "%", "_", "\\",

        // HTML, as Telegram's parse mode would read it.
        "<b>", "</b>", "<script>alert(1)</script>", "&amp;", "&lt;", "<a href=\"tg://x\">", "&#0;",

        // FTS5 query syntax (the offline tutor searches the course with it).
        "NEAR(", "\"", "*", "-", "^", "AND", "OR NOT", "title:", "{", "}", "(", ")",
    ];

    // Fillers for texts of an exact length: cutting a pair-based filler can leave a lone surrogate at the end, on purpose.
    private static readonly string[] Fillers = ["a", "why ", "分", "😀", "e\u0301", " ", "\u200B", "<b>&"];

    public string Text { get; } = string.Concat(Parts);

    public static Gen<HostileText> Any { get; } = Gen.Frequency(
        (4, Mixed()),
        (2, ExactLength(Gen.Elements(EdgeLengths))),
        (1, ExactLength(Gen.Choose(0, 100_000))),
        (1, RandomChars()));

    /// <summary>Texts that are not commands: what a student types as a question or an exercise's answer.</summary>
    public static Gen<HostileText> NotCommand { get; } = Any.Where(t => !IsCommand(t.Text));

    /// <summary>Every fragment alone and every edge length: the corpus each property also runs on, so none depends on luck.</summary>
    public static IEnumerable<HostileText> Corpus =>
        Fragments.Select(f => new HostileText([f]))
            .Concat(EdgeLengths.SelectMany(length => Fillers.Select(filler => OfLength(filler, length))))
            .Concat([new HostileText(["  what is a fraction?  "]), new HostileText(["\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0x"])]);

    public static bool IsCommand(string text) => text.TrimStart().StartsWith('/');

    public static Arbitrary<HostileText> Arbitrary(Gen<HostileText> gen) => Arb.From(gen, Shrink);

    /// <summary>Smaller cases first: without one part, or with a long part halved.</summary>
    public static IEnumerable<HostileText> Shrink(HostileText text)
    {
        for (var i = 0; i < text.Parts.Count; i++)
        {
            yield return new HostileText([.. text.Parts.Take(i), .. text.Parts.Skip(i + 1)]);
        }

        for (var i = 0; i < text.Parts.Count; i++)
        {
            if (text.Parts[i].Length > 1)
            {
                yield return new HostileText([.. text.Parts.Take(i), text.Parts[i][..(text.Parts[i].Length / 2)], .. text.Parts.Skip(i + 1)]);
            }
        }
    }

    /// <summary>Shows every character that is not plainly visible as an escape, and cuts very long texts.</summary>
    public override string ToString()
    {
        var shown = new StringBuilder();
        foreach (var c in Text.Length > 200 ? Text[..200] : Text)
        {
            shown.Append(c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return string.Create(CultureInfo.InvariantCulture, $"[{Text.Length} chars, {Parts.Count} parts] \"{shown}{(Text.Length > 200 ? "…" : string.Empty)}\"");
    }

    private static Gen<HostileText> Mixed() =>
        Gen.Choose(0, 12).SelectMany(count => Gen.ArrayOf(Gen.Elements(Fragments), count)).Select(parts => new HostileText(parts));

    private static Gen<HostileText> ExactLength(Gen<int> lengths) =>
        from length in lengths
        from filler in Gen.Elements(Fillers)
        select OfLength(filler, length);

    private static Gen<HostileText> RandomChars() =>
        from length in Gen.Choose(0, 40)
        from chars in Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(c => (char)c), length)
        select new HostileText([new string(chars)]);

    private static HostileText OfLength(string filler, int length)
    {
        var text = new StringBuilder(length + filler.Length);
        while (text.Length < length)
        {
            text.Append(filler);
        }

        return new HostileText([text.ToString(0, length)]);
    }
}
