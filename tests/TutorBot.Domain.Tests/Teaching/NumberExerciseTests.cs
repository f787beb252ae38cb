using TutorBot.Domain.Common;
using TutorBot.Domain.Teaching;

namespace TutorBot.Domain.Tests.Teaching;

public sealed class NumberExerciseTests
{
    private const NumberForms All = NumberForms.Decimal | NumberForms.Fraction | NumberForms.Percent;

    [TestCase("0.75", AnswerVerdict.Correct, TestName = "Check_TheDecimal_IsCorrect")]
    [TestCase(".75", AnswerVerdict.Correct, TestName = "Check_TheDecimalWithoutLeadingZero_IsCorrect")]
    [TestCase("0.750", AnswerVerdict.Correct, TestName = "Check_TheDecimalWithTrailingZero_IsCorrect")]
    [TestCase("3/4", AnswerVerdict.Correct, TestName = "Check_TheFraction_IsCorrect")]
    [TestCase("6/8", AnswerVerdict.Correct, TestName = "Check_AnEquivalentFraction_IsCorrect")]
    [TestCase("75%", AnswerVerdict.Correct, TestName = "Check_ThePercentage_IsCorrect")]
    [TestCase("0.7", AnswerVerdict.Wrong, TestName = "Check_ANearbyValue_IsWrong")]
    [TestCase("-0.75", AnswerVerdict.Wrong, TestName = "Check_TheOppositeSign_IsWrong")]
    [TestCase("75", AnswerVerdict.Wrong, TestName = "Check_ThePercentageWithoutItsSign_IsWrong")]
    [TestCase("79228162514264337593543950335", AnswerVerdict.Wrong, TestName = "Check_DecimalMax_IsWrongWithoutOverflow")]
    [TestCase("three quarters", AnswerVerdict.Unreadable, TestName = "Check_Words_AreUnreadable")]
    [TestCase("3/0", AnswerVerdict.Unreadable, TestName = "Check_AZeroDenominator_IsUnreadable")]
    [TestCase("", AnswerVerdict.Unreadable, TestName = "Check_Empty_IsUnreadable")]
    public void Check_WhenEveryFormIsAllowed_GivesTheVerdict(string answer, AnswerVerdict expected)
    {
        Assert.That(Samples.Number(forms: All).Check(answer).Verdict, Is.EqualTo(expected));
    }

    [Test]
    public void Check_WhenTheAnswerIsDecimalMinAndTheStudentDecimalMax_IsWrongWithoutOverflow()
    {
        var exercise = Samples.Number(answer: decimal.MinValue);

        Assert.That(exercise.Check("79228162514264337593543950335").Verdict, Is.EqualTo(AnswerVerdict.Wrong));
    }

    [TestCase("3.14", AnswerVerdict.Correct, TestName = "Check_ExactlyTheAnswer_IsCorrect")]
    [TestCase("3.13", AnswerVerdict.Correct, TestName = "Check_ExactlyTheToleranceBelow_IsCorrect")]
    [TestCase("3.15", AnswerVerdict.Correct, TestName = "Check_ExactlyTheToleranceAbove_IsCorrect")]
    [TestCase("3.1299", AnswerVerdict.Wrong, TestName = "Check_JustPastTheToleranceBelow_IsWrong")]
    [TestCase("3.1501", AnswerVerdict.Wrong, TestName = "Check_JustPastTheToleranceAbove_IsWrong")]
    [TestCase("22/7", AnswerVerdict.Correct, TestName = "Check_AFractionWithinTolerance_IsCorrect")]
    public void Check_WithATolerance_AcceptsTheEdgesInclusively(string answer, AnswerVerdict expected)
    {
        var exercise = Samples.Number(answer: 3.14m, tolerance: 0.01m);

        Assert.That(exercise.Check(answer).Verdict, Is.EqualTo(expected));
    }

    [Test]
    public void Check_AFormTheExerciseDoesNotAllow_IsUnreadableEvenWhenTheValueIsRight()
    {
        var exercise = Samples.Number(forms: NumberForms.Decimal | NumberForms.Fraction);

        Assert.That(exercise.Check("75%"), Is.EqualTo(new AnswerCheck(AnswerVerdict.Unreadable, "Answer with a number, like 0.5 or 1/2.")));
    }

    [TestCase(NumberForms.Decimal | NumberForms.Fraction | NumberForms.Percent, "Answer with a number, like 0.5, 1/2 or 50%.")]
    [TestCase(NumberForms.Decimal | NumberForms.Fraction, "Answer with a number, like 0.5 or 1/2.")]
    [TestCase(NumberForms.Decimal | NumberForms.Percent, "Answer with a number, like 0.5 or 50%.")]
    [TestCase(NumberForms.Decimal, "Answer with a number, like 0.5.")]
    [TestCase(NumberForms.Fraction, "Answer with a fraction, like 1/2.")]
    [TestCase(NumberForms.Percent, "Answer with a percentage, like 50%.")]
    [TestCase(NumberForms.Fraction | NumberForms.Percent, "Answer with a fraction or a percentage, like 1/2 or 50%.")]
    public void Check_WhenUnreadable_ListsTheAcceptedForms(NumberForms forms, string problem)
    {
        Assert.That(Samples.Number(forms: forms).Check("abc").Problem, Is.EqualTo(problem));
    }

    [TestCase("0.750", "0.75")]
    [TestCase("-2", "-2")]
    [TestCase("0.0000001", "0.0000001")]
    [TestCase("1000000", "1000000")]
    public void CorrectAnswer_IsThePlainDecimalWithoutTrailingZeros(decimal answer, string shown)
    {
        Assert.That(Samples.Number(answer: answer).CorrectAnswer, Is.EqualTo(shown));
    }

    [TestCase("0.6", NumberForms.Percent, "60%")]
    [TestCase("0.125", NumberForms.Percent | NumberForms.Fraction, "12.5%")]
    [TestCase("0.750", NumberForms.Fraction, "3/4")]
    [TestCase("-1.5", NumberForms.Fraction, "-3/2")]
    [TestCase("2", NumberForms.Fraction, "2/1")]
    [TestCase("0.75", NumberForms.Decimal | NumberForms.Fraction, "0.75")]
    public void CorrectAnswer_IsWrittenInAnAcceptedForm_AndIsGradedCorrect(decimal answer, NumberForms forms, string shown)
    {
        var exercise = Samples.Number(answer: answer, forms: forms);

        Assert.That(exercise.CorrectAnswer, Is.EqualTo(shown));
        Assert.That(exercise.Check(exercise.CorrectAnswer).Verdict, Is.EqualTo(AnswerVerdict.Correct));
    }

    [Test]
    public void Kind_IsNumber()
    {
        Assert.That(Samples.Number().Kind, Is.EqualTo(ExerciseKind.Number));
    }

    [Test]
    public void Constructor_WhenToleranceIsNegative_Throws()
    {
        Assert.That(
            () => Samples.Number(tolerance: -0.01m),
            Throws.TypeOf<DomainException>().With.Message.EqualTo("Exercise 'half-plus-quarter': the tolerance cannot be negative (-0.01)."));
    }

    [Test]
    public void Constructor_WhenNoNumberFormIsAllowed_Throws()
    {
        Assert.That(
            () => Samples.Number(forms: 0),
            Throws.TypeOf<DomainException>().With.Message.EqualTo("Exercise 'half-plus-quarter' must allow at least one number form (decimal, fraction or percent)."));
    }

    [Test]
    public void Constructor_WhenAnUnknownNumberFormIsAllowed_Throws()
    {
        Assert.That(() => Samples.Number(forms: NumberForms.Decimal | (NumberForms)8), Throws.TypeOf<DomainException>().With.Message.Contains("unknown number form"));
    }
}
