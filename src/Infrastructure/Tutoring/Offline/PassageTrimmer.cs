using System.Text;
using System.Text.RegularExpressions;

namespace TutorBot.Infrastructure.Tutoring.Offline;

/// <summary>Cuts a course passage down to a chat-sized excerpt, always at a sentence boundary.</summary>
internal static partial class PassageTrimmer
{
    private const string Ellipsis = "…";

    /// <summary>The leading sentences of <paramref name="text"/> that fit in <paramref name="maxLength"/> characters.</summary>
    public static string Leading(string text, int maxLength)
    {
        var sentences = Sentences(text);
        return Keep(sentences, Enumerable.Range(0, sentences.Count), maxLength);
    }

    /// <summary>
    /// The sentences of <paramref name="text"/> that mention most of <paramref name="terms"/> and fit in
    /// <paramref name="maxLength"/> characters, in their original order; the leading ones when none mentions a term.
    /// </summary>
    public static string Relevant(string text, IReadOnlyList<string> terms, int maxLength)
    {
        var stems = terms.Select(Stem).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        var sentences = Sentences(text);
        var scores = sentences.Select(s => Mentions(s, stems)).ToArray();
        if (scores.All(s => s == 0))
        {
            return Keep(sentences, Enumerable.Range(0, sentences.Count), maxLength);
        }

        // Best first; among equals the earlier sentence, which usually introduces the later ones.
        var relevant = Enumerable.Range(0, sentences.Count).Where(i => scores[i] > 0).OrderByDescending(i => scores[i]).ThenBy(i => i);
        return Keep(sentences, relevant, maxLength);
    }

    /// <summary>Takes sentences in the given order until the next does not fit, then shows them in text order.</summary>
    private static string Keep(List<string> sentences, IEnumerable<int> order, int maxLength)
    {
        var kept = new SortedSet<int>();
        var length = 0;
        foreach (var i in order)
        {
            var added = sentences[i].Length + (kept.Count > 0 ? Ellipsis.Length + 2 : 0);
            if (length + added > maxLength)
            {
                if (kept.Count == 0)
                {
                    return CutAtWord(sentences[i], maxLength);
                }

                break;
            }

            kept.Add(i);
            length += added;
        }

        var excerpt = new StringBuilder();
        var previous = -1;
        foreach (var i in kept)
        {
            if (excerpt.Length > 0)
            {
                excerpt.Append(i == previous + 1 ? " " : $" {Ellipsis} ");
            }

            excerpt.Append(sentences[i]);
            previous = i;
        }

        return excerpt.ToString();
    }

    private static List<string> Sentences(string text) =>
        [.. SentenceBreak().Split(text.Trim()).Select(s => s.Trim()).Where(s => s.Length > 0)];

    private static int Mentions(string sentence, string[] stems)
    {
        var words = WordPattern().Matches(sentence).Select(m => m.Value.ToLowerInvariant()).ToArray();
        return stems.Count(stem => words.Any(w => w.StartsWith(stem, StringComparison.Ordinal)));
    }

    // A crude stem, enough to see "percent" in "percentage" and "dividing" in "divide"; the real ranking is FTS5's.
    private static string Stem(string term)
    {
        var word = term.Split(' ')[0];
        return word.Length <= 5 ? word : word[..5];
    }

    private static string CutAtWord(string sentence, int maxLength)
    {
        var room = Math.Max(1, maxLength - Ellipsis.Length);
        var cut = sentence.LastIndexOf(' ', Math.Min(room, sentence.Length - 1));
        return string.Concat(sentence.AsSpan(0, cut > 0 ? cut : room).TrimEnd(), Ellipsis);
    }

    // A line break always ends a sentence in the course files; so does . ! or ? before a space and a capital or a bracket.
    // "0.35" and "e.g. x" stay whole.
    [GeneratedRegex(@"\r?\n|(?<=[.!?])\s+(?=[A-Z(""])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
