using TutorBot.Domain.Common;
using TutorBot.Domain.Teaching;

namespace TutorBot.Domain.Tests.Teaching;

public sealed class ScoringRulesTests
{
    private readonly ScoringRules _rules = new();

    [Test]
    public void Defaults_HalveForAHintAndHalveForARetry()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_rules.HintCost, Is.EqualTo(0.5m));
            Assert.That(_rules.RetryCredit, Is.EqualTo(0.5m));
        }
    }

    [TestCase(false, 1, true, "10", TestName = "PointsFor_RightFirstTimeWithoutHint_IsFullPoints")]
    [TestCase(true, 1, true, "5", TestName = "PointsFor_RightFirstTimeWithHint_LosesTheHintCost")]
    [TestCase(false, 2, true, "5", TestName = "PointsFor_RightOnTheRetry_KeepsTheRetryCredit")]
    [TestCase(true, 2, true, "2.5", TestName = "PointsFor_RightOnTheRetryWithHint_AppliesBoth")]
    [TestCase(false, 2, false, "0", TestName = "PointsFor_WrongTwice_IsZero")]
    [TestCase(true, 2, false, "0", TestName = "PointsFor_WrongTwiceWithHint_IsZero")]
    [TestCase(false, 1, false, "0", TestName = "PointsFor_WrongWithoutRetry_IsZero")]
    public void PointsFor_WithTheDefaults(bool usedHint, int tries, bool correct, decimal expected)
    {
        Assert.That(_rules.PointsFor(10, usedHint, tries, correct), Is.EqualTo(expected));
    }

    [Test]
    public void PointsFor_IsExactDecimalWithoutRounding()
    {
        var rules = new ScoringRules(HintCost: 0.3m, RetryCredit: 0.75m);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rules.PointsFor(7, usedHint: true, tries: 1, correct: true), Is.EqualTo(4.9m));
            Assert.That(rules.PointsFor(7, usedHint: false, tries: 2, correct: true), Is.EqualTo(5.25m));
            Assert.That(rules.PointsFor(7, usedHint: true, tries: 2, correct: true), Is.EqualTo(3.675m));
        }
    }

    [Test]
    public void PointsFor_WhenHintsAreFreeAndRetriesFullyCredited_IsAlwaysFullPoints()
    {
        var rules = new ScoringRules(HintCost: 0, RetryCredit: 1);

        Assert.That(rules.PointsFor(10, usedHint: true, tries: 2, correct: true), Is.EqualTo(10m));
    }

    [Test]
    public void PointsFor_WhenAHintCostsEverything_IsZero()
    {
        var rules = new ScoringRules(HintCost: 1);

        Assert.That(rules.PointsFor(10, usedHint: true, tries: 1, correct: true), Is.Zero);
    }

    [TestCase(0, TestName = "PointsFor_WhenTriesAreZero_Throws")]
    [TestCase(3, TestName = "PointsFor_WhenTriesAreThree_Throws")]
    [TestCase(-1, TestName = "PointsFor_WhenTriesAreNegative_Throws")]
    public void PointsFor_WhenTriesAreNotOneOrTwo_Throws(int tries)
    {
        Assert.That(
            () => _rules.PointsFor(10, usedHint: false, tries, correct: true),
            Throws.TypeOf<DomainException>().With.Message.EqualTo($"An exercise is answered in 1 or 2 tries, not {tries}."));
    }

    [TestCase(0)]
    [TestCase(-10)]
    [TestCase(101)]
    public void PointsFor_WhenPointsAreOutOfRange_Throws(int points)
    {
        Assert.That(
            () => _rules.PointsFor(points, usedHint: false, tries: 1, correct: true),
            Throws.TypeOf<DomainException>().With.Message.EqualTo($"An exercise is worth 1 to 100 points, not {points}."));
    }

    [TestCase("-0.1", "0.5", "HintCost must be between 0 and 1, not -0.1.", TestName = "Constructor_WhenHintCostIsNegative_Throws")]
    [TestCase("1.01", "0.5", "HintCost must be between 0 and 1, not 1.01.", TestName = "Constructor_WhenHintCostIsAboveOne_Throws")]
    [TestCase("0.5", "-1", "RetryCredit must be between 0 and 1, not -1.", TestName = "Constructor_WhenRetryCreditIsNegative_Throws")]
    [TestCase("0.5", "2", "RetryCredit must be between 0 and 1, not 2.", TestName = "Constructor_WhenRetryCreditIsAboveOne_Throws")]
    public void Constructor_WhenACostIsOutOfRange_Throws(decimal hintCost, decimal retryCredit, string message)
    {
        Assert.That(() => new ScoringRules(hintCost, retryCredit), Throws.TypeOf<DomainException>().With.Message.EqualTo(message));
    }

    [Test]
    public void With_CannotBypassValidation_BecauseTheCostsAreReadOnly()
    {
        var property = typeof(ScoringRules).GetProperty(nameof(ScoringRules.HintCost))!;

        Assert.That(property.SetMethod, Is.Null);
    }
}
