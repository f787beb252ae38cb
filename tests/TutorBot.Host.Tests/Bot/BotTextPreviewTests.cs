using TutorBot.Host.Bot;

namespace TutorBot.Host.Tests.Bot;

public sealed class BotTextPreviewTests
{
    [TestCase("short", 10, "short")]
    [TestCase("two\nlines", 20, "two lines")]
    [TestCase("a\tb", 10, "a b")]
    [TestCase("abcdefghij", 5, "abcde…")]
    [TestCase("bell \u0007 and null \u0000", 30, "bell \uFFFD and null \uFFFD")]
    [TestCase("abcd😀", 5, "abcd…")]
    [TestCase("abc😀", 5, "abc😀")]
    public void Preview_IsOneSendableLine_CutBetweenCharacters(string text, int maxLength, string expected) =>
        Assert.That(BotText.Preview(text, maxLength), Is.EqualTo(expected));

    // Built at run time: a lone surrogate does not survive being stored in an attribute.
    [Test]
    public void Preview_OfLoneSurrogates_ShowsEachAsTheReplacementCharacter() =>
        Assert.That(BotText.Preview($"{(char)0xD800} lone high, lone low {(char)0xDFFF}", 40), Is.EqualTo("\uFFFD lone high, lone low \uFFFD"));
}
