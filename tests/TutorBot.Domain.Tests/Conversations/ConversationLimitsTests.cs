using TutorBot.Domain.Common;
using TutorBot.Domain.Conversations;

namespace TutorBot.Domain.Tests.Conversations;

public sealed class ConversationLimitsTests
{
    private static readonly ConversationLimits Limits = ConversationLimits.Default;

    [Test]
    public void Default_IsTheOldBotsLimits()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Limits.MinMessageLength, Is.EqualTo(10));
            Assert.That(Limits.MaxMessageLength, Is.EqualTo(5000));
            Assert.That(Limits.MaxMessagesPerStudent, Is.EqualTo(50));
        }
    }

    [TestCase(10, 0, 50, TestName = "Constructor_WhenMaxLengthBelowOne_Throws")]
    [TestCase(10, 100_001, 50, TestName = "Constructor_WhenMaxLengthAboveConfigurableBound_Throws")]
    [TestCase(-1, 5000, 50, TestName = "Constructor_WhenMinLengthNegative_Throws")]
    [TestCase(11, 10, 50, TestName = "Constructor_WhenMinLengthAboveMaxLength_Throws")]
    [TestCase(10, 5000, 0, TestName = "Constructor_WhenNoMessageKept_Throws")]
    public void Constructor_WhenALimitIsOutOfRange_Throws(int min, int max, int maxMessages)
    {
        Assert.That(() => new ConversationLimits(min, max, maxMessages), Throws.TypeOf<DomainException>());
    }

    [TestCase(0, 1, 1)]
    [TestCase(10, 10, 1)]
    [TestCase(100_000, ConversationLimits.MaxConfigurableLength, 100_000)]
    public void Constructor_AcceptsTheBoundaryValues(int min, int max, int maxMessages)
    {
        var limits = new ConversationLimits(min, max, maxMessages);

        Assert.That(limits, Is.EqualTo(new ConversationLimits(min, max, maxMessages)));
    }

    private static IEnumerable<TestCaseData> Texts()
    {
        // Empty, whatever the kind of message.
        yield return Case(null, true, MessageTextProblem.Empty, "null");
        yield return Case(string.Empty, false, MessageTextProblem.Empty, "empty");
        yield return Case("   ", false, MessageTextProblem.Empty, "spaces");
        yield return Case(" \n\t ", true, MessageTextProblem.Empty, "whitespace and newlines");

        // Maximum length, counted in UTF-16 code units as Telegram does.
        yield return Case(new string('a', 5000), true, MessageTextProblem.None, "exactly the maximum length");
        yield return Case(new string('a', 5001), true, MessageTextProblem.TooLong, "one over the maximum length");
        yield return Case(new string('a', 5001), false, MessageTextProblem.TooLong, "too long applies to answers too");
        yield return Case(string.Concat(Enumerable.Repeat("😀", 2500)), true, MessageTextProblem.None, "2500 emoji are 5000 code units");
        yield return Case(string.Concat(Enumerable.Repeat("😀", 2501)), true, MessageTextProblem.TooLong, "2501 emoji are 5002 code units");

        // Minimum length: free-form dialogue only, counted after trimming.
        yield return Case("1234567890", true, MessageTextProblem.None, "exactly the minimum length");
        yield return Case("   123456789   ", true, MessageTextProblem.TooShort, "nine characters padded with spaces");
        yield return Case("\n123456789\t", true, MessageTextProblem.TooShort, "nine characters padded with a newline and a tab");
        yield return Case("4", false, MessageTextProblem.None, "a short exercise answer");
        yield return Case("4", true, MessageTextProblem.TooShort, "a short chat message");

        // Control characters: newline and tab are text, the rest is not.
        yield return Case("first line\nsecond line", true, MessageTextProblem.None, "newline");
        yield return Case("column one\tcolumn two", true, MessageTextProblem.None, "tab");
        yield return Case("first line\r\nsecond line", true, MessageTextProblem.ControlCharacters, "carriage return");
        yield return Case("hello\0world!", true, MessageTextProblem.ControlCharacters, "NUL");
        yield return Case("ring the \u0007 bell", true, MessageTextProblem.ControlCharacters, "BEL");
        yield return Case("delete \u007f this", true, MessageTextProblem.ControlCharacters, "DEL");
        yield return Case("next \u0085 line", true, MessageTextProblem.ControlCharacters, "NEL (C1 control)");
        yield return Case("4\r", false, MessageTextProblem.ControlCharacters, "an answer ending in a carriage return");
        yield return Case("\r", false, MessageTextProblem.Empty, "a lone carriage return is whitespace");

        // Broken UTF-16 cannot be stored exactly as sent.
        yield return Case("lone high \uD83D surrogate", true, MessageTextProblem.InvalidUnicode, "lone high surrogate");
        yield return Case("lone low \uDE00 surrogate", true, MessageTextProblem.InvalidUnicode, "lone low surrogate");
        yield return Case("swapped pair \uDE00\uD83D here", true, MessageTextProblem.InvalidUnicode, "low before high surrogate");
        yield return Case("ends with a high surrogate \uD83D", true, MessageTextProblem.InvalidUnicode, "trailing high surrogate");

        // Real text in every script and shape is stored as sent.
        yield return Case("I love maths 😀🎉👍", true, MessageTextProblem.None, "emoji");
        yield return Case("family 👨‍👩‍👧‍👦 and flag 🏳️‍🌈", true, MessageTextProblem.None, "ZWJ sequences");
        yield return Case("我想学习数学和物理知识", true, MessageTextProblem.None, "CJK");
        yield return Case("مرحبا، كيف حالك اليوم؟", true, MessageTextProblem.None, "Arabic RTL");
        yield return Case("abc \u202Etxt.exe override", true, MessageTextProblem.None, "RTL override U+202E");
        yield return Case("e\u0301e\u0301e\u0301 combining", true, MessageTextProblem.None, "combining marks");
        yield return Case("He said \"don't\" — «quotes» ‘too’", true, MessageTextProblem.None, "quotes");
        yield return Case("'; DROP TABLE Messages; --", true, MessageTextProblem.None, "SQL-looking text");
    }

    [TestCaseSource(nameof(Texts))]
    public MessageTextProblem Check_ClassifiesText(string? text, bool isFreeFormDialogue) =>
        Limits.Check(text, isFreeFormDialogue);

    [Test]
    public void Check_WithNoMinimum_AcceptsOneCharacterChat()
    {
        var limits = new ConversationLimits(0, 5000, 50);

        Assert.That(limits.Check("k", isFreeFormDialogue: true), Is.EqualTo(MessageTextProblem.None));
    }

    [Test]
    public void Check_WithCustomMaximum_UsesIt()
    {
        var limits = new ConversationLimits(0, 20, 50);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(limits.Check(new string('x', 20), isFreeFormDialogue: false), Is.EqualTo(MessageTextProblem.None));
            Assert.That(limits.Check(new string('x', 21), isFreeFormDialogue: false), Is.EqualTo(MessageTextProblem.TooLong));
        }
    }

    [TestCase(1, ExpectedResult = -49)]
    [TestCase(50, ExpectedResult = 0)]
    [TestCase(51, ExpectedResult = 1)]
    [TestCase(1000, ExpectedResult = 950)]
    public long LastSequenceToTrim_KeepsTheNewestMaxMessages(long newestSequence) =>
        Limits.LastSequenceToTrim(newestSequence);

    private static TestCaseData Case(string? text, bool isFreeFormDialogue, MessageTextProblem expected, string description) =>
        new TestCaseData(text, isFreeFormDialogue)
            .Returns(expected)
            .SetArgDisplayNames(description, isFreeFormDialogue ? "free-form" : "not free-form");
}
