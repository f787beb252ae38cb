using TutorBot.Application.Lessons;
using TutorBot.Domain.Teaching;

namespace TutorBot.Host.Tests.Lessons;

/// <summary>DTOs as the handlers return them, for the formatting tests.</summary>
internal static class LessonSamples
{
    public static readonly LessonRefDto Fractions = new(1, "fractions", "Fractions");
    public static readonly LessonRefDto Decimals = new(2, "decimals", "Decimals");
    public static readonly LessonRefDto Percentages = new(3, "percentages", "Percentages");

    public static ExerciseDto Choice(bool hintUsed = false, bool isRetry = false) =>
        new("simplify-six-eighths", 1, 8, ExerciseKind.Choice, "Which fraction is equal to 6/8?", ["3/4", "3/8", "2/3", "4/3"], 10,
            HasHint: true, hintUsed, isRetry);

    public static ExerciseDto Number(bool hasHint = true) =>
        new("add-third-and-sixth", 3, 8, ExerciseKind.Number, "What is 1/3 + 1/6?", [], 10, hasHint, HintUsed: false, IsRetry: false);

    public static ExerciseDto Text() =>
        new("name-the-top", 2, 8, ExerciseKind.Text, "What is the top number of a fraction called?", [], 5, HasHint: true, HintUsed: false, IsRetry: false);

    public static LessonStatusDto Status(LessonRefDto lesson, LessonState state, decimal? best = null, LetterGrade? letter = null,
        params LessonRefDto[] missing) =>
        new(lesson, state, best is null ? 0 : 1, best, letter, missing);

    public static LessonGradeDto Grade(decimal earned, bool passed, LetterGrade letter, bool isBest = true, int attempt = 1,
        LessonRefDto? next = null, params LessonRefDto[] unlocked) =>
        new(Fractions, attempt, earned, 80, earned / 80 * 100, letter, passed, isBest ? earned / 80 * 100 : 95, isBest ? letter : LetterGrade.A,
            isBest, unlocked, next);
}
