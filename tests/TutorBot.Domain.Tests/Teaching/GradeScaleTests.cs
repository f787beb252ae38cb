using TutorBot.Domain.Common;
using TutorBot.Domain.Teaching;

namespace TutorBot.Domain.Tests.Teaching;

public sealed class GradeScaleTests
{
    private readonly GradeScale _scale = new();

    [Test]
    public void Defaults_AreTheIssuesScale()
    {
        Assert.That(_scale, Is.EqualTo(new GradeScale(A: 90, B: 80, C: 70, D: 60, PassMark: 60)));
    }

    [TestCase("100", "100", LetterGrade.A, true, TestName = "Grade_AllRight_Is100PercentA")]
    [TestCase("90", "100", LetterGrade.A, true, TestName = "Grade_Exactly90_IsA")]
    [TestCase("89.99", "100", LetterGrade.B, true, TestName = "Grade_JustBelow90_IsB")]
    [TestCase("179", "200", LetterGrade.B, true, TestName = "Grade_89Point5_IsBNotRoundedUpToA")]
    [TestCase("80", "100", LetterGrade.B, true, TestName = "Grade_Exactly80_IsB")]
    [TestCase("70", "100", LetterGrade.C, true, TestName = "Grade_Exactly70_IsC")]
    [TestCase("69.99", "100", LetterGrade.D, true, TestName = "Grade_JustBelow70_IsD")]
    [TestCase("60", "100", LetterGrade.D, true, TestName = "Grade_Exactly60_IsDAndPasses")]
    [TestCase("59.99", "100", LetterGrade.F, false, TestName = "Grade_59Point99_IsFAndFails")]
    [TestCase("0", "100", LetterGrade.F, false, TestName = "Grade_AllWrong_Is0PercentF")]
    public void Grade_AtTheBoundaries_IsExact(decimal earned, decimal possible, LetterGrade letter, bool passed)
    {
        var grade = _scale.Grade(earned, possible);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(grade.Earned, Is.EqualTo(earned));
            Assert.That(grade.Possible, Is.EqualTo(possible));
            Assert.That(grade.Percentage, Is.EqualTo(earned / possible * 100));
            Assert.That(grade.Letter, Is.EqualTo(letter));
            Assert.That(grade.Passed, Is.EqualTo(passed));
        }
    }

    [TestCase("59.99", "59.99")]
    [TestCase("60", "60")]
    [TestCase("89.5", "89.5")]
    [TestCase("0", "0")]
    [TestCase("100", "100")]
    public void Grade_PercentageIsExact(decimal earned, decimal percentage)
    {
        Assert.That(_scale.Grade(earned, 100).Percentage, Is.EqualTo(percentage));
    }

    [Test]
    public void Grade_WithHintsAndRetries_IsGradedOnTheReducedPoints()
    {
        var rules = new ScoringRules();
        var earned = rules.PointsFor(10, usedHint: false, tries: 1, correct: true)
            + rules.PointsFor(10, usedHint: true, tries: 1, correct: true)
            + rules.PointsFor(10, usedHint: false, tries: 2, correct: true)
            + rules.PointsFor(10, usedHint: true, tries: 2, correct: true)
            + rules.PointsFor(10, usedHint: false, tries: 2, correct: false);

        var grade = _scale.Grade(earned, 50);

        Assert.That(grade, Is.EqualTo(new LessonGrade(22.5m, 50, 45m, LetterGrade.F, false)));
    }

    [TestCase("59.99", "59.9")]
    [TestCase("89.96", "89.9")]
    [TestCase("100", "100")]
    public void DisplayPercentage_CutsToOneDecimalPlace_SoItNeverShowsTheNextThreshold(decimal earned, decimal shown)
    {
        Assert.That(_scale.Grade(earned, 100).DisplayPercentage, Is.EqualTo(shown));
    }

    [Test]
    public void Grade_WithACustomScale_UsesItsThresholdsAndPassMark()
    {
        var scale = new GradeScale(A: 95, B: 85, C: 75, D: 65, PassMark: 50);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scale.Grade(94.99m, 100).Letter, Is.EqualTo(LetterGrade.B));
            Assert.That(scale.Grade(55, 100), Is.EqualTo(new LessonGrade(55, 100, 55, LetterGrade.F, true)));
            Assert.That(scale.Grade(49.99m, 100).Passed, Is.False);
        }
    }

    [Test]
    public void Grade_WithEqualThresholds_GivesTheBetterLetter()
    {
        var scale = new GradeScale(A: 90, B: 90, C: 50, D: 50, PassMark: 50);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scale.Grade(90, 100).Letter, Is.EqualTo(LetterGrade.A));
            Assert.That(scale.Grade(50, 100).Letter, Is.EqualTo(LetterGrade.C));
        }
    }

    [TestCase("1", "0", TestName = "Grade_WhenPossibleIsZero_Throws")]
    [TestCase("0", "-10", TestName = "Grade_WhenPossibleIsNegative_Throws")]
    public void Grade_WhenPossibleIsNotPositive_Throws(decimal earned, decimal possible)
    {
        Assert.That(() => _scale.Grade(earned, possible), Throws.TypeOf<DomainException>().With.Message.StartsWith("A lesson must be worth more than 0 points"));
    }

    [TestCase("-0.5", TestName = "Grade_WhenEarnedIsNegative_Throws")]
    [TestCase("100.01", TestName = "Grade_WhenEarnedIsAbovePossible_Throws")]
    public void Grade_WhenEarnedIsOutOfRange_Throws(decimal earned)
    {
        Assert.That(
            () => _scale.Grade(earned, 100),
            Throws.TypeOf<DomainException>().With.Message.EqualTo($"Points earned must be between 0 and 100, not {earned.ToString(System.Globalization.CultureInfo.InvariantCulture)}."));
    }

    [TestCase("101", "80", "70", "60", "60", "Grade threshold A must be between 0 and 100 percent, not 101.", TestName = "Constructor_WhenAIsAbove100_Throws")]
    [TestCase("90", "80", "70", "-1", "60", "Grade threshold D must be between 0 and 100 percent, not -1.", TestName = "Constructor_WhenDIsNegative_Throws")]
    [TestCase("90", "91", "70", "60", "60", "Grade threshold B (91) cannot be above A (90).", TestName = "Constructor_WhenBIsAboveA_Throws")]
    [TestCase("90", "80", "80.5", "60", "60", "Grade threshold C (80.5) cannot be above B (80).", TestName = "Constructor_WhenCIsAboveB_Throws")]
    [TestCase("90", "80", "70", "75", "60", "Grade threshold D (75) cannot be above C (70).", TestName = "Constructor_WhenDIsAboveC_Throws")]
    [TestCase("90", "80", "70", "60", "100.5", "Grade threshold PassMark must be between 0 and 100 percent, not 100.5.", TestName = "Constructor_WhenPassMarkIsAbove100_Throws")]
    [TestCase("90", "80", "70", "60", "-5", "Grade threshold PassMark must be between 0 and 100 percent, not -5.", TestName = "Constructor_WhenPassMarkIsNegative_Throws")]
    public void Constructor_WhenTheScaleIsInvalid_Throws(decimal a, decimal b, decimal c, decimal d, decimal passMark, string message)
    {
        Assert.That(() => new GradeScale(a, b, c, d, passMark), Throws.TypeOf<DomainException>().With.Message.EqualTo(message));
    }

    [Test]
    public void Constructor_AcceptsTheExtremes()
    {
        var scale = new GradeScale(A: 100, B: 100, C: 0, D: 0, PassMark: 0);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scale.Grade(0, 10), Is.EqualTo(new LessonGrade(0, 10, 0, LetterGrade.C, true)));
            Assert.That(scale.Grade(10, 10).Letter, Is.EqualTo(LetterGrade.A));
        }
    }
}
