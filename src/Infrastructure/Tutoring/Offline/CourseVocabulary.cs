using System.Diagnostics.CodeAnalysis;

namespace TutorBot.Infrastructure.Tutoring.Offline;

/// <summary>
/// The words the offline tutor ignores and the words it treats as the same, for this course's vocabulary. Students ask in
/// their own words ("minus times minus", "turn 3/4 into a percent"), the course says it in its own ("negative", "percentage"):
/// the synonyms bridge the two. Matching is on whole words, lowercase; the search's stemmer then matches every form of
/// each word ("dividing" finds "divide").
/// </summary>
internal static class CourseVocabulary
{
    /// <summary>
    /// Each group is one idea: a question word from a group also searches for every other entry of it. An entry of two
    /// words is searched as a phrase ("decimal point"), and found as one in a question.
    /// </summary>
    public static readonly IReadOnlyList<string[]> SynonymGroups =
    [
        ["percent", "percentage", "per cent"],
        ["minus", "negative", "below zero"],
        ["power", "exponent", "squared", "cubed", "index", "indices"],
        ["ratio", "proportion", "proportional"],
        ["solve", "equation", "unknown", "isolate", "alone", "own"],
        ["decimal", "decimal point", "point", "dot"],
        ["numerator", "top"],
        ["denominator", "bottom"],
        ["times", "multiply", "multiplication", "product"],
        ["plus", "add", "addition", "sum"],
        ["divide", "division", "quotient"],
        ["subtract", "subtraction", "difference", "take away"],
        ["brackets", "parentheses", "parenthesis"],
        ["first", "order", "bidmas", "bodmas", "pemdas"],
        ["simplify", "simplest", "lowest terms", "reduce", "cancel"],
        ["flip", "reciprocal", "upside down"],
        ["share", "split"],
        ["round", "rounding", "nearest"],
        ["recurring", "repeating"],
        ["discount", "sale", "reduced", "decrease"],
        ["increase", "rise", "raise"],
    ];

    /// <summary>
    /// Words that say nothing about the topic: English function words, the ways a question starts, and words every lesson
    /// uses ("answer", "number"). Apostrophes are removed before lookup, so "don't" is "dont".
    /// </summary>
    public static readonly IReadOnlySet<string> StopWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been",
        "before", "being", "between", "both", "but", "by", "can", "cant", "could", "did", "didnt", "do", "does", "doesnt",
        "doing", "dont", "each", "else", "for", "from", "get", "gets", "getting", "go", "goes", "going", "got", "had", "has",
        "have", "having", "he",
        "her", "here", "hers", "him", "his", "how", "i", "id", "if", "im", "in", "into", "is", "isnt", "it", "its", "ive",
        "just", "let", "lets", "like", "me", "might", "more", "most", "much", "must", "my", "no", "nor", "not", "now", "of",
        "off", "ok", "okay", "on", "once", "only", "or", "other", "our", "out", "over", "please", "really", "same", "she",
        "should", "so", "some", "such", "than", "that", "thats", "the", "their", "them", "then", "there", "these", "they",
        "thing", "things", "this", "those", "through", "to", "too", "up", "us", "very", "was", "we", "were", "what", "whats",
        "when", "where", "which", "while", "who", "why", "will", "with", "would", "you", "your", "youre",

        // Asking, not topic.
        "ask", "confused", "explain", "help", "know", "mean", "meaning", "means", "need", "show", "tell", "understand",
        "want", "way", "work", "works",

        // Every lesson says these.
        "answer", "answers", "number", "numbers", "question", "questions",

        // FTS5 operators, in case one survives quoting somewhere.
        "near",
    };

    private static readonly Dictionary<string, string[]> Synonyms = BuildSynonyms();

    /// <summary>The synonym group of a word or a two-word phrase, if it belongs to one.</summary>
    public static bool TryExpand(string words, [NotNullWhen(true)] out string[]? group) => Synonyms.TryGetValue(words, out group);

    private static Dictionary<string, string[]> BuildSynonyms()
    {
        var synonyms = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var group in SynonymGroups)
        {
            foreach (var entry in group)
            {
                synonyms[entry] = synonyms.TryGetValue(entry, out var other) ? [.. other.Union(group)] : group;
            }
        }

        return synonyms;
    }
}
