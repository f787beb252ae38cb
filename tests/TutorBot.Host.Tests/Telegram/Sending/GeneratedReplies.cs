using System.Text;

namespace TutorBot.Host.Tests.Telegram.Sending;

/// <summary>
/// Reproducible random replies: words from several scripts (emoji and other surrogate pairs, CJK, combining marks),
/// every kind of separator, sometimes words longer than a part, sometimes blank margins.
/// </summary>
internal static class GeneratedReplies
{
    private static readonly string[] Words =
    [
        "a", "to", "tutor", "fraction", "denominator", "ñandú", "Привет", "数学の問題", "😀", "👩‍🔬", "e\u0301", "x²",
        "مرحبا", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "don't", "<b>", "&amp;", "1/2",
    ];

    private static readonly string[] Separators =
    [
        " ", " ", " ", " ", "  ", "\n", "\n", "\n\n", "\r\n", "\r\n\r\n", "\t", "\n \n", "\n\n\n", "\u00A0",
    ];

    // Letters for words with no break in them, surrogate pairs included so a hard cut meets them often.
    private static readonly string[] WordLetters = ["x", "Я", "字", "😀", "𝔘", "\u0301"];

    public static string Create(int seed, int maxLength, int length)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        if (random.Next(4) == 0)
        {
            text.Append(Pick(random, Separators));
        }

        while (text.Length < length)
        {
            text.Append(random.Next(20) == 0 ? LongWord(random, maxLength) : Pick(random, Words));
            text.Append(Pick(random, Separators));
        }

        // The loop always ends on a separator: keep it sometimes, as a blank margin.
        return random.Next(4) == 0 ? text.ToString() : text.ToString().TrimEnd();
    }

    private static string LongWord(Random random, int maxLength)
    {
        var word = new StringBuilder();
        var length = random.Next(maxLength / 2, 3 * maxLength);
        while (word.Length < length)
        {
            word.Append(Pick(random, WordLetters));
        }

        return word.ToString();
    }

    private static string Pick(Random random, string[] choices) => choices[random.Next(choices.Length)];
}
