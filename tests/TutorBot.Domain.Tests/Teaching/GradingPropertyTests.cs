using FsCheck;
using FsCheck.Fluent;
using TutorBot.Domain.Teaching;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

namespace TutorBot.Domain.Tests.Teaching;

/// <summary>Rules that must hold for every scale and every score, checked on generated cases rather than picked ones.</summary>
public sealed class GradingPropertyTests
{
    // Points in hundredths, so that generated scores hit fractional values like 59.99 % as well as whole ones.
    private static readonly Gen<decimal> Possible = Gen.Choose(1, 100_000).Select(p => p / 100m);

    private static readonly Gen<decimal> Percent = Gen.Choose(0, 10_000).Select(p => p / 100m);

    private static readonly Gen<GradeScale> Scales =
        from thresholds in Gen.ArrayOf(Percent, 4)
        from passMark in Percent
        let sorted = thresholds.OrderDescending().ToArray()
        select new GradeScale(sorted[0], sorted[1], sorted[2], sorted[3], passMark);

    // A score: possible points and two earned values within them, the first not above the second. Earned points are drawn
    // in ten-thousandths of the possible points, often exactly on a threshold or one step either side: the boundaries are where
    // a wrong comparison would show.
    private static readonly Gen<(GradeScale Scale, decimal Possible, decimal Lower, decimal Higher)> Scores =
        from scale in Gen.Frequency((1, Gen.Constant(new GradeScale())), (3, Scales))
        from possible in Possible
        from a in Share(scale)
        from b in Share(scale)
        select (scale, possible, possible * Math.Min(a, b) / 10_000, possible * Math.Max(a, b) / 10_000);

    private static Gen<int> Share(GradeScale scale)
    {
        var boundaries = new[] { scale.A, scale.B, scale.C, scale.D, scale.PassMark }
            .Select(t => (int)(t * 100))
            .SelectMany(t => new[] { t - 1, t, t + 1 })
            .Where(t => t is >= 0 and <= 10_000)
            .ToArray();
        return Gen.Frequency((1, Gen.Choose(0, 10_000)), (1, Gen.Elements(boundaries)));
    }

    private static readonly Gen<(ScoringRules Rules, int Points, bool UsedHint, int Tries, bool Correct)> Answers =
        from hintCost in Gen.Choose(0, 100)
        from retryCredit in Gen.Choose(0, 100)
        from points in Gen.Choose(Exercise.MinPoints, Exercise.MaxPoints)
        from usedHint in Gen.Elements(true, false)
        from tries in Gen.Choose(1, ScoringRules.MaxTries)
        from correct in Gen.Elements(true, false)
        select (new ScoringRules(hintCost / 100m, retryCredit / 100m), points, usedHint, tries, correct);

    [Property(MaxTest = 500)]
    public Property Grade_IsMonotoneInPointsEarned() =>
        Prop.ForAll(Scores.ToArbitrary(), score =>
        {
            var lower = score.Scale.Grade(score.Lower, score.Possible);
            var higher = score.Scale.Grade(score.Higher, score.Possible);

            // LetterGrade orders best first, so a higher score has a letter that is not greater.
            return lower.Percentage <= higher.Percentage
                && higher.Letter <= lower.Letter
                && (!lower.Passed || higher.Passed);
        });

    [Property(MaxTest = 500)]
    public Property Grade_PercentageIsWithin0To100() =>
        Prop.ForAll(Scores.ToArbitrary(), score =>
        {
            var percentage = score.Scale.Grade(score.Lower, score.Possible).Percentage;
            return percentage is >= 0 and <= 100;
        });

    [Property(MaxTest = 500)]
    public Property Grade_LetterIsTheBestWhoseThresholdThePercentageReaches() =>
        Prop.ForAll(Scores.ToArbitrary(), score =>
        {
            var scale = score.Scale;
            var grade = scale.Grade(score.Higher, score.Possible);
            var expected = grade.Percentage >= scale.A ? LetterGrade.A
                : grade.Percentage >= scale.B ? LetterGrade.B
                : grade.Percentage >= scale.C ? LetterGrade.C
                : grade.Percentage >= scale.D ? LetterGrade.D
                : LetterGrade.F;
            return grade.Letter == expected;
        });

    [Property(MaxTest = 500)]
    public Property Grade_PassesExactlyWhenThePercentageReachesThePassMark() =>
        Prop.ForAll(Scores.ToArbitrary(), score =>
        {
            var grade = score.Scale.Grade(score.Lower, score.Possible);
            return grade.Passed == (grade.Percentage >= score.Scale.PassMark);
        });

    [Property(MaxTest = 500)]
    public Property Grade_ThePercentageOfAWholePercentScoreIsThatPercent() =>
        Prop.ForAll(Gen.Choose(0, 100).ToArbitrary(), Possible.ToArbitrary(), (percent, possible) =>
            new GradeScale().Grade(possible * percent / 100, possible).Percentage == percent);

    [Property(MaxTest = 500)]
    public Property PointsFor_IsNeverNegativeNorAboveTheFullPoints() =>
        Prop.ForAll(Answers.ToArbitrary(), answer =>
        {
            var earned = answer.Rules.PointsFor(answer.Points, answer.UsedHint, answer.Tries, answer.Correct);
            return earned >= 0 && earned <= answer.Points && (answer.Correct || earned == 0);
        });

    [Property(MaxTest = 500)]
    public Property PointsFor_AHintOrARetryNeverEarnsMore() =>
        Prop.ForAll(Answers.ToArbitrary(), answer =>
        {
            var rules = answer.Rules;
            var clean = rules.PointsFor(answer.Points, usedHint: false, tries: 1, answer.Correct);
            return rules.PointsFor(answer.Points, usedHint: true, tries: 1, answer.Correct) <= clean
                && rules.PointsFor(answer.Points, usedHint: false, tries: 2, answer.Correct) <= clean
                && rules.PointsFor(answer.Points, usedHint: true, tries: 2, answer.Correct) <= clean;
        });
}
