using TutorBot.Domain.Teaching;

namespace TutorBot.Domain.Tests.Teaching;

public sealed class TextAnswerTests
{
    [TestCase("numerator", "numerator", TestName = "Normalize_LeavesACanonicalAnswerAlone")]
    [TestCase("  The   Numerator. ", "the numerator", TestName = "Normalize_TheContractExample")]
    [TestCase("NUMERATOR", "numerator", TestName = "Normalize_LowersCase")]
    [TestCase("\tthe\n numerator\r\n", "the numerator", TestName = "Normalize_CollapsesTabsAndNewlines")]
    [TestCase("the\u00A0numerator", "the numerator", TestName = "Normalize_TreatsANoBreakSpaceAsASpace")]
    [TestCase("numerator!?!", "numerator", TestName = "Normalize_StripsRepeatedTrailingPunctuation")]
    [TestCase("numerator .;:,", "numerator", TestName = "Normalize_StripsPunctuationSeparatedBySpaces")]
    [TestCase("...numerator", "...numerator", TestName = "Normalize_KeepsLeadingPunctuation")]
    [TestCase("3.5", "3.5", TestName = "Normalize_KeepsInnerPunctuation")]
    [TestCase("3/4)", "3/4)", TestName = "Normalize_KeepsOtherTrailingCharacters")]
    [TestCase("", "", TestName = "Normalize_EmptyStaysEmpty")]
    [TestCase("   ", "", TestName = "Normalize_WhitespaceBecomesEmpty")]
    [TestCase(" ?! ", "", TestName = "Normalize_PunctuationOnlyBecomesEmpty")]
    [TestCase("CAFÉ", "café", TestName = "Normalize_LowersAccentedLetters")]
    [TestCase("ΔΈΛΤΑ", "δέλτα", TestName = "Normalize_LowersGreek")]
    public void Normalize_ProducesTheCanonicalForm(string text, string expected)
    {
        Assert.That(TextAnswer.Normalize(text), Is.EqualTo(expected));
    }

    [TestCase("cafe\u0301", "caf\u00E9", TestName = "Normalize_ComposesACombiningAccent")]
    [TestCase("CAFE\u0301", "caf\u00E9", TestName = "Normalize_ComposesBeforeLowering")]
    [TestCase("e\u0302\u0301", "\u1EBF", TestName = "Normalize_ComposesTwoAccentsInTurn")]
    [TestCase("\u00EA\u0301", "\u1EBF", TestName = "Normalize_ComposesAnAccentWithAPrecomposedLetter")]
    [TestCase("n\u0303o", "\u00F1o", TestName = "Normalize_ComposesATilde")]
    [TestCase("\u0301e", "\u0301e", TestName = "Normalize_LeavesALeadingMarkAlone")]
    [TestCase("x\u0301", "x\u0301", TestName = "Normalize_LeavesAMarkWithoutAComposedFormAlone")]
    public void Normalize_AppliesCanonicalComposition(string text, string expected)
    {
        Assert.That(TextAnswer.Normalize(text), Is.EqualTo(expected));
    }

    [Test]
    public void Normalize_WhenALoneSurrogateIsPresent_ReplacesItInsteadOfThrowing()
    {
        Assert.That(TextAnswer.Normalize("ab\uD800c"), Is.EqualTo("ab\uFFFDc"));
    }

    [Test]
    public void Normalize_IsIdempotent()
    {
        var once = TextAnswer.Normalize("  Half  of  IT ! ");

        Assert.That(TextAnswer.Normalize(once), Is.EqualTo(once));
    }
}
