namespace TutorBot.Domain.Teaching;

/// <summary>The grade of one lesson attempt. <paramref name="Percentage"/> is exact (unrounded); letter and pass were decided on it.</summary>
public sealed record LessonGrade(decimal Earned, decimal Possible, decimal Percentage, LetterGrade Letter, bool Passed)
{
    /// <summary>
    /// The percentage to show, cut (not rounded) to one decimal place, so that 59.99 % shows as 59.9 % beside its F and never as
    /// a misleading 60.0 %.
    /// </summary>
    public decimal DisplayPercentage => Shown(Percentage);

    /// <summary>Any percentage as it is shown: cut (not rounded) to one decimal place.</summary>
    public static decimal Shown(decimal percentage) => Math.Round(percentage, 1, MidpointRounding.ToZero);
}
