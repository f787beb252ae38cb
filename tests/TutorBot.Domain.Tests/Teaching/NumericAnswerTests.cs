using TutorBot.Domain.Teaching;

namespace TutorBot.Domain.Tests.Teaching;

public sealed class NumericAnswerTests
{
    private const NumberForms All = NumberForms.Decimal | NumberForms.Fraction | NumberForms.Percent;

    [TestCase("0.5", "0.5")]
    [TestCase(".5", "0.5")]
    [TestCase("-0.5", "-0.5")]
    [TestCase("-.5", "-0.5")]
    [TestCase("+2", "2")]
    [TestCase("3", "3")]
    [TestCase("5.", "5")]
    [TestCase("  0.25  ", "0.25")]
    [TestCase("007", "7")]
    [TestCase("\u22120.5", "-0.5")]
    [TestCase("79228162514264337593543950335", "79228162514264337593543950335")]
    [TestCase("1/2", "0.5")]
    [TestCase("-3/4", "-0.75")]
    [TestCase("+3/4", "0.75")]
    [TestCase("3 / 4", "0.75")]
    [TestCase("7/4", "1.75")]
    [TestCase("0/5", "0")]
    [TestCase("50%", "0.5")]
    [TestCase("12.5 %", "0.125")]
    [TestCase("-5%", "-0.05")]
    [TestCase("150%", "1.5")]
    [TestCase(" 50% ", "0.5")]
    public void TryParse_WhenEveryFormIsAllowed_ReadsTheValue(string text, decimal expected)
    {
        var parsed = NumericAnswer.TryParse(text, All, out var value);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(parsed, Is.True);
            Assert.That(value, Is.EqualTo(expected));
        }
    }

    [Test]
    public void TryParse_ARepeatingFraction_IsDividedToDecimalPrecision()
    {
        var parsed = NumericAnswer.TryParse("1/3", NumberForms.Fraction, out var value);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(parsed, Is.True);
            Assert.That(value, Is.EqualTo(1m / 3));
        }
    }

    [TestCase("", TestName = "TryParse_Empty_IsRefused")]
    [TestCase("   ", TestName = "TryParse_Whitespace_IsRefused")]
    [TestCase("abc", TestName = "TryParse_Letters_AreRefused")]
    [TestCase("half", TestName = "TryParse_AWordNumber_IsRefused")]
    [TestCase("1,000.5", TestName = "TryParse_ThousandsSeparators_AreRefused")]
    [TestCase("1 000", TestName = "TryParse_InnerSpaces_AreRefused")]
    [TestCase("0,5", TestName = "TryParse_ADecimalComma_IsRefused")]
    [TestCase("1e3", TestName = "TryParse_AnExponent_IsRefused")]
    [TestCase("1.2.3", TestName = "TryParse_TwoDecimalPoints_AreRefused")]
    [TestCase(".", TestName = "TryParse_ALonePoint_IsRefused")]
    [TestCase("-", TestName = "TryParse_ALoneSign_IsRefused")]
    [TestCase("- 5", TestName = "TryParse_ASignSeparatedFromItsNumber_IsRefused")]
    [TestCase("--5", TestName = "TryParse_TwoSigns_AreRefused")]
    [TestCase("(5)", TestName = "TryParse_Parentheses_AreRefused")]
    [TestCase("$5", TestName = "TryParse_ACurrencySign_IsRefused")]
    [TestCase("5 apples", TestName = "TryParse_TrailingWords_AreRefused")]
    [TestCase("1/0", TestName = "TryParse_AZeroDenominator_IsRefused")]
    [TestCase("1/", TestName = "TryParse_AMissingDenominator_IsRefused")]
    [TestCase("/2", TestName = "TryParse_AMissingNumerator_IsRefused")]
    [TestCase("1/2/3", TestName = "TryParse_TwoSlashes_AreRefused")]
    [TestCase("3/-4", TestName = "TryParse_ANegativeDenominator_IsRefused")]
    [TestCase("1.5/2", TestName = "TryParse_ADecimalNumerator_IsRefused")]
    [TestCase("1/2%", TestName = "TryParse_APercentOfAFraction_IsRefused")]
    [TestCase("%", TestName = "TryParse_ALonePercentSign_IsRefused")]
    [TestCase("50%%", TestName = "TryParse_TwoPercentSigns_AreRefused")]
    [TestCase("%50", TestName = "TryParse_ALeadingPercentSign_IsRefused")]
    [TestCase("79228162514264337593543950336", TestName = "TryParse_ANumberAboveDecimalMax_IsRefusedWithoutOverflow")]
    [TestCase("99999999999999999999999999999999999999999999", TestName = "TryParse_AHugeNumber_IsRefusedWithoutOverflow")]
    [TestCase("99999999999999999999999999999999999/1", TestName = "TryParse_AHugeNumerator_IsRefusedWithoutOverflow")]
    [TestCase("1/99999999999999999999999999999999999", TestName = "TryParse_AHugeDenominator_IsRefusedWithoutOverflow")]
    [TestCase("99999999999999999999999999999999999%", TestName = "TryParse_AHugePercentage_IsRefusedWithoutOverflow")]
    public void TryParse_Garbage_IsRefused(string text)
    {
        var parsed = NumericAnswer.TryParse(text, All, out var value);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(parsed, Is.False);
            Assert.That(value, Is.Zero);
        }
    }

    [Test]
    public void TryParse_Null_IsRefused()
    {
        Assert.That(NumericAnswer.TryParse(null!, All, out _), Is.False);
    }

    [TestCase("0.5", NumberForms.Fraction | NumberForms.Percent, TestName = "TryParse_ADecimal_WhenDecimalsAreNotAllowed_IsRefused")]
    [TestCase("3", NumberForms.Fraction, TestName = "TryParse_AWholeNumber_WhenOnlyFractionsAreAllowed_IsRefused")]
    [TestCase("1/2", NumberForms.Decimal | NumberForms.Percent, TestName = "TryParse_AFraction_WhenFractionsAreNotAllowed_IsRefused")]
    [TestCase("50%", NumberForms.Decimal | NumberForms.Fraction, TestName = "TryParse_APercentage_WhenPercentagesAreNotAllowed_IsRefused")]
    [TestCase("0.5", (NumberForms)0, TestName = "TryParse_WhenNoFormIsAllowed_IsRefused")]
    public void TryParse_AFormNotAllowed_IsRefused(string text, NumberForms forms)
    {
        Assert.That(NumericAnswer.TryParse(text, forms, out _), Is.False);
    }

    [TestCase("0.5", NumberForms.Decimal)]
    [TestCase("1/2", NumberForms.Fraction)]
    [TestCase("50%", NumberForms.Percent)]
    public void TryParse_EachFormAlone_IsEnoughForItsOwnSyntax(string text, NumberForms forms)
    {
        var parsed = NumericAnswer.TryParse(text, forms, out var value);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(parsed, Is.True);
            Assert.That(value, Is.EqualTo(0.5m));
        }
    }
}
