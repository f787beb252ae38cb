using System.Globalization;
using TutorBot.Domain.Common;

namespace TutorBot.Domain.Teaching;

/// <summary>
/// Letter thresholds and pass mark, in percent. A percentage at or above a threshold earns that letter; below <paramref name="D"/> is F.
/// The percentage is compared unrounded: 59.99 is an F and fails, 60 is a D and passes, 89.5 is a B.
/// </summary>
public sealed record GradeScale(decimal A = 90, decimal B = 80, decimal C = 70, decimal D = 60, decimal PassMark = 60)
{
    // Read-only (no init) so that a `with` expression cannot bypass the checks; initialisers run in order, so each sees the one above.
    public decimal A { get; } = Threshold(nameof(A), A, null, 100);

    public decimal B { get; } = Threshold(nameof(B), B, nameof(A), A);

    public decimal C { get; } = Threshold(nameof(C), C, nameof(B), B);

    public decimal D { get; } = Threshold(nameof(D), D, nameof(C), C);

    public decimal PassMark { get; } = Threshold(nameof(PassMark), PassMark, null, 100);

    /// <param name="earned">Points earned, 0 to <paramref name="possible"/>.</param>
    /// <param name="possible">Points possible, above 0.</param>
    public LessonGrade Grade(decimal earned, decimal possible)
    {
        if (possible <= 0)
        {
            throw new DomainException($"A lesson must be worth more than 0 points to be graded, not {Text(possible)}.");
        }

        if (earned < 0 || earned > possible)
        {
            throw new DomainException($"Points earned must be between 0 and {Text(possible)}, not {Text(earned)}.");
        }

        // earned/possible ≤ 1, so × 100 cannot overflow; decimal keeps 59.99 and 89.5 exact.
        var percentage = earned / possible * 100;
        return new LessonGrade(earned, possible, percentage, LetterFor(percentage), Passes(percentage));
    }

    public LetterGrade LetterFor(decimal percentage) => percentage switch
    {
        _ when percentage >= A => LetterGrade.A,
        _ when percentage >= B => LetterGrade.B,
        _ when percentage >= C => LetterGrade.C,
        _ when percentage >= D => LetterGrade.D,
        _ => LetterGrade.F,
    };

    public bool Passes(decimal percentage) => percentage >= PassMark;

    private static decimal Threshold(string name, decimal value, string? aboveName, decimal above)
    {
        if (value is < 0 or > 100)
        {
            throw new DomainException($"Grade threshold {name} must be between 0 and 100 percent, not {Text(value)}.");
        }

        if (aboveName is not null && value > above)
        {
            throw new DomainException($"Grade threshold {name} ({Text(value)}) cannot be above {aboveName} ({Text(above)}).");
        }

        return value;
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
