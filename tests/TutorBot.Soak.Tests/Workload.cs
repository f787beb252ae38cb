using System.Globalization;
using System.Text;

namespace TutorBot.Soak.Tests;

/// <summary>
/// A seeded, realistic mix of what students send: who (Zipf-like: a few very active students, many occasional ones),
/// when (on/off bursts) and what (one-character answers to 3,000-character pastes; lessons, answers, hints and free
/// questions to the offline tutor).
/// </summary>
internal sealed class Workload
{
    /// <summary>Chat ids (= student ids) are <c>FirstChat</c> to <c>FirstChat + Students - 1</c>.</summary>
    public const long FirstChat = 10_000;

    private static readonly string[] Answers = ["3/4", "numerator", "0.5", "1/4", "2/3", "0.25", "1.5", "7", "a", "b", "x", "12", "25%", "3:4", "-3"];

    private static readonly string[] Topics =
    [
        "add fractions with different denominators", "turn a fraction into a decimal", "work out 15% of 80",
        "simplify a ratio like 12:18", "multiply negative numbers", "use the order of operations", "solve 3x + 5 = 20",
        "raise a number to a power", "compare 2/3 and 5/8", "divide by a fraction",
    ];

    private static readonly string[] Sentences =
    [
        "I copied this from my homework sheet and I do not understand the steps.",
        "The teacher wrote 1/3 + 1/4 = 7/12 on the board but I got 2/7.",
        "Percentages confuse me when the number goes up and then down again by the same percent.",
        "Here is my working: 3x + 5 = 20, so 3x = 15, so x = 5, is that right?",
        "Why does a negative times a negative give a positive number?",
        "Ratios like 2:3 and 4:6 are supposed to be the same but they look different.",
    ];

    private readonly Random _random;
    private readonly double[] _cumulative;

    public Workload(int seed, int students)
    {
        Seed = seed;
        Students = students;
        _random = new Random(seed);

        // Weight 1/rank: with a few hundred students the top 5 % send about half of all messages.
        var weights = Enumerable.Range(1, students).Select(rank => 1.0 / rank).ToArray();
        var total = weights.Sum();
        var sum = 0.0;
        _cumulative = [.. weights.Select(w => sum += w / total)];
    }

    public int Seed { get; }

    public int Students { get; }

    /// <summary>Messages per second while a burst is on, and between bursts.</summary>
    public static (double On, double Off) Rates => (40, 3);

    /// <summary>How long the next burst, or the next quiet spell, lasts.</summary>
    public TimeSpan NextSpell(bool burst) => TimeSpan.FromSeconds(burst ? 0.5 + (_random.NextDouble() * 2.5) : 1 + (_random.NextDouble() * 3));

    /// <summary>How many messages arrive in <paramref name="seconds"/> at <paramref name="rate"/>: Poisson, so arrivals bunch.</summary>
    public int Arrivals(double rate, double seconds)
    {
        var limit = Math.Exp(-rate * seconds);
        var count = 0;
        for (var product = _random.NextDouble(); product > limit; product *= _random.NextDouble())
        {
            count++;
        }

        return count;
    }

    public (long ChatId, string Text) Next()
    {
        var pick = _random.NextDouble();
        var rank = Array.BinarySearch(_cumulative, pick);
        var student = Math.Min(rank < 0 ? ~rank : rank, Students - 1);
        return (FirstChat + student, NextText());
    }

    private string NextText()
    {
        var kind = _random.NextDouble();
        return kind switch
        {
            < 0.12 => string.Create(CultureInfo.InvariantCulture, $"/lesson {(_random.NextDouble() < 0.7 ? 1 : _random.Next(1, 9))}"),
            < 0.37 => Answers[_random.Next(Answers.Length)],
            < 0.45 => "/hint",
            < 0.90 => Question(),
            _ => Paste(_random.Next(1000, 3001)),
        };
    }

    private string Question()
    {
        var text = $"How do I {Topics[_random.Next(Topics.Length)]}?";
        var extra = _random.Next(0, 4);
        for (var i = 0; i < extra; i++)
        {
            text += " " + Sentences[_random.Next(Sentences.Length)];
        }

        return text;
    }

    private string Paste(int length)
    {
        var text = new StringBuilder(length + 200);
        while (text.Length < length)
        {
            text.Append(Sentences[_random.Next(Sentences.Length)]).Append(_random.NextDouble() < 0.2 ? "\n\n" : " ");
        }

        return text.ToString(0, length).TrimEnd();
    }
}
