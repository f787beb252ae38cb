using System.Text;

namespace TutorBot.Infrastructure.Tutoring.Offline;

/// <summary>
/// Turns a student's free text into the words to search for and a safe FTS5 query. User text never reaches FTS5 as
/// syntax: only words made of letters and digits survive, each is quoted, and they are ORed so a passage that matches
/// some of them still ranks instead of the whole query failing.
/// </summary>
internal static class SearchQuery
{
    /// <summary>Enough for any real question; a pasted essay is cut here rather than searched word by word.</summary>
    public const int MaxTextLength = 1000;

    public const int MaxTerms = 32;

    // Symbols a student types for a course idea; every other symbol only separates words.
    private static readonly Dictionary<char, string> Symbols = new()
    {
        ['%'] = "percent",
        ['^'] = "power",
        ['×'] = "times",
        ['÷'] = "divide",
    };

    /// <summary>The question's topic words, then their synonyms, in the order they came, each once.</summary>
    public static IReadOnlyList<string> Terms(string? text)
    {
        var (own, synonyms) = Split(text);
        return [.. own, .. synonyms];
    }

    /// <summary>The FTS5 MATCH expression for <paramref name="text"/>, or null when nothing in it is worth searching for.</summary>
    public static string? ToFts(string? text)
    {
        var (own, synonyms) = Split(text);

        // bm25 adds up what each ORed phrase scores: naming the student's own words twice makes them count double, so a
        // passage that happens to use two synonyms of one word does not outrank one that uses the word the student used.
        return own.Count == 0 ? null : string.Join(" OR ", own.Concat(own).Concat(synonyms).Select(Quote));
    }

    private static (List<string> Own, List<string> Synonyms) Split(string? text)
    {
        var words = Words(text ?? string.Empty).ToList();
        var own = new List<string>();
        var synonyms = new List<string>();
        for (var i = 0; i < words.Count && own.Count + synonyms.Count < MaxTerms; i++)
        {
            // Two words that name one idea ("take away", "per cent") are looked up together, before "away" or "per"
            // could be dropped as stop words.
            string word;
            if (i + 1 < words.Count && CourseVocabulary.TryExpand($"{words[i]} {words[i + 1]}", out _))
            {
                word = $"{words[i]} {words[i + 1]}";
                i++;
            }
            else if (CourseVocabulary.StopWords.Contains(words[i]) || IsNoise(words[i]))
            {
                continue;
            }
            else
            {
                word = words[i];
            }

            if (!own.Contains(word, StringComparer.Ordinal))
            {
                own.Add(word);
                synonyms.Remove(word);
            }

            if (CourseVocabulary.TryExpand(word, out var group))
            {
                synonyms.AddRange(group.Where(s => !own.Contains(s, StringComparer.Ordinal) && !synonyms.Contains(s, StringComparer.Ordinal)));
            }
        }

        return (own, synonyms);
    }

    // Quoting makes every term a plain string (or phrase) to FTS5, whatever it contains; terms hold letters, digits and
    // spaces only, but doubling quotes keeps that true even if Words changes.
    private static string Quote(string term) => "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    // Bare numbers are in every lesson ("3/4" is a fraction, a ratio and a percentage question alike), and single letters
    // are initials or typos, except the unknown x.
    private static bool IsNoise(string word) =>
        (word.Length == 1 && word != "x") || word.All(char.IsAsciiDigit);

    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text.Length > MaxTextLength ? text[..MaxTextLength] : text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }

            // "don't" is one word, "dont", so the stop words catch it.
            if (c is '\'' or '’' or '‘')
            {
                continue;
            }

            if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }

            if (Symbols.TryGetValue(c, out var symbolWord))
            {
                yield return symbolWord;
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}
