using TutorBot.Host.Telegram.Sending;

namespace TutorBot.Host.Tests.Telegram.Sending;

/// <summary>Where <see cref="ReplySplitter"/> cuts, on small limits where each rule is easy to see.</summary>
public sealed class ReplySplitterTests
{
    [TestCase("hello", 4096)]
    [TestCase("abcd", 4)]
    [TestCase("  indented\n\nand trailing  ", 40)]
    [TestCase("😀😀", 4)]
    public void Split_TextWithinTheLimit_IsOnePartUnchanged(string text, int maxLength)
    {
        Assert.That(ReplySplitter.Split(text, maxLength), Is.EqualTo(new[] { text }));
    }

    [Test]
    public void Split_AtTelegramsLimit_ByDefault()
    {
        var text = new string('a', 4096) + " " + new string('b', 10);

        Assert.That(ReplySplitter.Split(text).Select(p => p.Length), Is.EqualTo(new[] { 4096, 10 }));
    }

    [Test]
    public void Split_PrefersTheLastParagraphBreak_OverLaterLineBreaksAndSpaces()
    {
        var parts = ReplySplitter.Split("one two\n\nthree four\nfive six seven", 25);

        Assert.That(parts, Is.EqualTo(new[] { "one two", "three four\nfive six seven" }));
    }

    [Test]
    public void Split_WithoutAParagraphBreak_CutsAtTheLastLineBreak()
    {
        var parts = ReplySplitter.Split("alpha beta\ngamma delta epsilon", 20);

        Assert.That(parts, Is.EqualTo(new[] { "alpha beta", "gamma delta epsilon" }));
    }

    [Test]
    public void Split_WithoutLineBreaks_FillsEachPartGreedilyUpToTheLastSpace()
    {
        var parts = ReplySplitter.Split("the quick brown fox jumps", 10);

        Assert.That(parts, Is.EqualTo(new[] { "the quick", "brown fox", "jumps" }));
    }

    [Test]
    public void Split_ASpaceRightAfterAFullPart_IsACut()
    {
        Assert.That(ReplySplitter.Split("abcd efgh", 4), Is.EqualTo(new[] { "abcd", "efgh" }));
    }

    [TestCase("aaaa\n \nbbbb cc", "aaaa", "bbbb cc")]
    [TestCase("aaaa\r\n\r\nbb\ncc", "aaaa", "bb\ncc")]
    [TestCase("aaaa\n\n\n\nbb\ncc", "aaaa", "bb\ncc")]
    public void Split_AnyWhitespaceRunWithTwoLineBreaks_IsAParagraphBreak(string text, string first, string second)
    {
        Assert.That(ReplySplitter.Split(text, 8), Is.EqualTo(new[] { first, second }));
    }

    [Test]
    public void Split_CrLf_IsOneLineBreak_AndNeverSplit()
    {
        var parts = ReplySplitter.Split("line one\r\nline two\r\nline three", 18);

        Assert.That(parts, Is.EqualTo(new[] { "line one\r\nline two", "line three" }));
    }

    [TestCase("aaaa \n\n  bbbb", 6)]
    [TestCase("  aaaa bbbb  ", 6)]
    [TestCase("\n\naaaa\t\t\tbbbb\n\n", 6)]
    public void Split_DropsTheWhitespaceAroundEachCut(string text, int maxLength)
    {
        Assert.That(ReplySplitter.Split(text, maxLength), Is.EqualTo(new[] { "aaaa", "bbbb" }));
    }

    [Test]
    public void Split_AWhitespaceRunLongerThanAPart_LeavesNoBlankPart()
    {
        var parts = ReplySplitter.Split("a" + new string(' ', 50) + "\n\n" + new string(' ', 50) + "b", 10);

        Assert.That(parts, Is.EqualTo(new[] { "a", "b" }));
    }

    [TestCase("abcdefghij", 4, new[] { "abcd", "efgh", "ij" })]
    [TestCase("hi abcdefghij", 4, new[] { "hi", "abcd", "efgh", "ij" })]
    [TestCase("abcdefghij xy", 4, new[] { "abcd", "efgh", "ij", "xy" })]
    public void Split_AWordLongerThanAPart_IsCutInside(string text, int maxLength, string[] expected)
    {
        Assert.That(ReplySplitter.Split(text, maxLength), Is.EqualTo(expected));
    }

    [TestCase("😀😀😀", 3, new[] { "😀", "😀", "😀" })]
    [TestCase("😀😀😀", 2, new[] { "😀", "😀", "😀" })]
    [TestCase("a😀😀b", 4, new[] { "a😀", "😀b" })]
    [TestCase("ab😀cd", 3, new[] { "ab", "😀c", "d" })]
    public void Split_InsideAWord_NeverSeparatesASurrogatePair(string text, int maxLength, string[] expected)
    {
        Assert.That(ReplySplitter.Split(text, maxLength), Is.EqualTo(expected));
    }

    [Test]
    public void Split_CjkWithoutSpaces_IsCutByLength()
    {
        var parts = ReplySplitter.Split("数学の問題を解きましょう", 5);

        Assert.That(parts, Is.EqualTo(new[] { "数学の問題", "を解きまし", "ょう" }));
    }

    [TestCase(1)]
    [TestCase(0)]
    [TestCase(-4096)]
    public void Split_WhenMaxLengthBelowTwo_Throws(int maxLength)
    {
        Assert.That(() => ReplySplitter.Split("hello", maxLength), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [TestCase("")]
    [TestCase(" ")]
    [TestCase("\n\t\r\n ")]
    public void Split_WhenEmptyOrWhitespace_Throws(string text)
    {
        Assert.That(() => ReplySplitter.Split(text), Throws.ArgumentException);
    }

    [Test]
    public void Split_WhenNull_Throws()
    {
        Assert.That(() => ReplySplitter.Split(null!), Throws.ArgumentNullException);
    }
}
