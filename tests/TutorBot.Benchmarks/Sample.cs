namespace TutorBot.Benchmarks;

/// <summary>Message texts of realistic length (40 to 200 characters).</summary>
internal static class Sample
{
    private static readonly string[] Texts =
    [
        "How do I add two fractions with different denominators?",
        "I think the answer is 3/4 because both parts are equal, but I am not sure why the denominator stays the same here.",
        "To compare fractions, rewrite both with a common denominator, then compare the numerators directly. Try 2/3 and 3/4 that way.",
        "Percentages are fractions out of one hundred, so 25% is 25/100, which simplifies to 1/4. Multiply by the amount to find the part. Does that help?",
    ];

    public static string Text(long n) => Texts[n % Texts.Length];
}
