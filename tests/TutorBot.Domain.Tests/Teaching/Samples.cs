using TutorBot.Domain.Teaching;

namespace TutorBot.Domain.Tests.Teaching;

/// <summary>Valid exercises and lessons to build on; each test changes only what it is about.</summary>
internal static class Samples
{
    public const string Explanation = "6 and 8 are both divisible by 2, so 6/8 = 3/4.";

    public static ChoiceExercise Choice(string id = "simplify", int points = 10, string? hint = "Divide top and bottom by 2.") =>
        new(id, "Which fraction is equal to 6/8?", points, hint, Explanation, ["3/4", "2/3", "6/4", "1/2"], 0);

    public static TextExercise Text(string id = "name-the-top", params string[] alternatives) =>
        new(id, "What is the top number of a fraction called?", 10, null, "The numerator counts the parts.", "numerator", alternatives);

    public static NumberExercise Number(
        decimal answer = 0.75m, decimal tolerance = 0, NumberForms forms = NumberForms.Decimal | NumberForms.Fraction, string id = "half-plus-quarter") =>
        new(id, "What is 1/2 + 1/4?", 10, null, "1/2 = 2/4, and 2/4 + 1/4 = 3/4.", answer, tolerance, forms);

    public static Lesson Lesson(string id = "fractions", IReadOnlyList<string>? prerequisites = null, params Exercise[] exercises) =>
        new(id, "Fractions", "A fraction is a part of a whole.", "3/4 means 3 of 4 equal parts.", prerequisites ?? [],
            exercises.Length == 0 ? [Choice(), Text(), Number()] : exercises);
}
