using TutorBot.Host.Telegram.Sending;

namespace TutorBot.Host.Tests.Telegram.Sending;

/// <summary><see cref="ReplySplitter"/>'s rules checked on many generated replies, against a plain statement of each rule.</summary>
public sealed class ReplySplitterPropertyTests
{
    private const int Space = 0;
    private const int LineBreak = 1;
    private const int ParagraphBreak = 2;

    [Test]
    public void Split_GeneratedReplies_KeepEveryRule([Range(0, 199)] int seed)
    {
        var random = new Random(seed);
        var maxLength = seed % 8 == 0 ? random.Next(2, 5) : random.Next(5, 120);
        var text = GeneratedReplies.Create(seed, maxLength, random.Next(10, 10 * maxLength));

        AssertSplitKeepsTheRules(text, ReplySplitter.Split(text, maxLength), maxLength);
    }

    [Test]
    public void Split_LongGeneratedReplies_AtTelegramsLimit_KeepEveryRule([Range(0, 9)] int seed)
    {
        var text = GeneratedReplies.Create(seed, ReplySplitter.TelegramMaxLength, 20_000);

        AssertSplitKeepsTheRules(text, ReplySplitter.Split(text), ReplySplitter.TelegramMaxLength);
    }

    private static void AssertSplitKeepsTheRules(string text, IReadOnlyList<string> parts, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            Assert.That(parts, Is.EqualTo(new[] { text }));
            return;
        }

        foreach (var part in parts)
        {
            Assert.That(part, Has.Length.InRange(1, maxLength));
            Assert.That(char.IsWhiteSpace(part[0]) || char.IsWhiteSpace(part[^1]), Is.False, $"blank edge in \"{part}\"");
            Assert.That(char.IsLowSurrogate(part[0]) || char.IsHighSurrogate(part[^1]), Is.False, $"half a pair in \"{part}\"");
        }

        var starts = PartStarts(text, parts);
        Assert.That(Rejoin(text, parts, starts), Is.EqualTo(text), "the parts with the dropped whitespace between them");
        for (var i = 0; i < parts.Count - 1; i++)
        {
            Assert.That(starts[i] + parts[i].Length, Is.EqualTo(BestCut(text, starts[i], starts[i] + maxLength)), $"end of part {i}");
        }
    }

    /// <summary>Where each part starts, if each is preceded by whitespace only (checked by rejoining).</summary>
    private static List<int> PartStarts(string text, IReadOnlyList<string> parts)
    {
        var starts = new List<int>();
        var position = 0;
        foreach (var part in parts)
        {
            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                position++;
            }

            starts.Add(position);
            position += part.Length;
        }

        return starts;
    }

    private static string Rejoin(string text, IReadOnlyList<string> parts, List<int> starts)
    {
        var rejoined = string.Concat(text.AsSpan(0, starts[0]), parts[0]);
        for (var i = 1; i < parts.Count; i++)
        {
            var previousEnd = starts[i - 1] + parts[i - 1].Length;
            rejoined += string.Concat(text.AsSpan(previousEnd, starts[i] - previousEnd), parts[i]);
        }

        var end = starts[^1] + parts[^1].Length;
        var tail = end <= text.Length ? text[end..] : "";
        Assert.That(string.IsNullOrWhiteSpace(tail), Is.True, "only whitespace follows the last part");
        return rejoined + tail;
    }

    /// <summary>
    /// The end the rules ask for, for a part starting at <paramref name="start"/> that may not reach
    /// <paramref name="limit"/>: the last whitespace run of the best kind starting in the part, else inside the word.
    /// </summary>
    private static int BestCut(string text, int start, int limit)
    {
        var (bestKind, bestPosition) = (-1, -1);
        for (var p = start + 1; p <= limit; p++)
        {
            if (char.IsWhiteSpace(text[p]) && !char.IsWhiteSpace(text[p - 1]) && RunKind(text, p) >= bestKind)
            {
                (bestKind, bestPosition) = (RunKind(text, p), p);
            }
        }

        if (bestPosition >= 0)
        {
            return bestPosition;
        }

        return char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
    }

    private static int RunKind(string text, int runStart)
    {
        var end = runStart;
        while (end < text.Length && char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        var newlines = text.AsSpan(runStart, end - runStart).Count('\n');
        return newlines >= 2 ? ParagraphBreak : newlines == 1 ? LineBreak : Space;
    }
}
