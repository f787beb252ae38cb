using TutorBot.Host.Telegram.Receiving;

namespace TutorBot.Host.Tests.Telegram.Receiving;

public sealed class PasteJoinerTests
{
    private static readonly DateTime T0 = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1.5);
    private static readonly string CutPart = Text(PasteJoiner.NearLimit);

    [TestCase(PasteJoiner.NearLimit, true)]
    [TestCase(PasteJoiner.NearLimit - 1, false)]
    [TestCase(4096, true)]
    [TestCase(10, false)]
    public void StartsPaste_DependsOnBeingNearTelegramsLimit(int length, bool expected)
    {
        Assert.That(PasteJoiner.StartsPaste(Text(length)), Is.EqualTo(expected));
    }

    [TestCase("/start ")]
    [TestCase("/ask ")]
    [TestCase("  /help@TutorBot\n")]
    public void StartsPaste_ACommand_NeverDoes(string command)
    {
        Assert.That(PasteJoiner.StartsPaste(command + Text(4000)), Is.False);
    }

    [Test]
    public void StartsPaste_ASlashInsideTheText_IsNotACommand()
    {
        Assert.That(PasteJoiner.StartsPaste("1/2 is a half " + Text(4000)), Is.True);
    }

    [TestCase(0.0)]
    [TestCase(0.4)]
    [TestCase(1.5)]
    public void Continues_WithinTheWindow_IncludingBothEnds_Does(double gapSeconds)
    {
        Assert.That(PasteJoiner.Continues(CutPart, T0, "rest of it", T0.AddSeconds(gapSeconds), Window), Is.True);
    }

    [Test]
    public void Continues_OneTickPastTheWindow_DoesNot()
    {
        Assert.That(PasteJoiner.Continues(CutPart, T0, "rest of it", T0 + Window + TimeSpan.FromTicks(1), Window), Is.False);
    }

    [Test]
    public void Continues_WhenTheNextCameFirst_DoesNot()
    {
        Assert.That(PasteJoiner.Continues(CutPart, T0, "rest of it", T0 - TimeSpan.FromTicks(1), Window), Is.False);
    }

    [TestCase(PasteJoiner.NearLimit, true)]
    [TestCase(PasteJoiner.NearLimit - 1, false)]
    public void Continues_DependsOnThePreviousPartBeingNearTheLimit(int previousLength, bool expected)
    {
        Assert.That(PasteJoiner.Continues(Text(previousLength), T0, "rest", T0.AddSeconds(1), Window), Is.EqualTo(expected));
    }

    [TestCase("/reset")]
    [TestCase(" /stats@TutorBot please")]
    public void Continues_ACommandAfterACutPart_IsNeverJoined(string next)
    {
        Assert.That(PasteJoiner.Continues(CutPart, T0, next, T0.AddSeconds(1), Window), Is.False);
    }

    [Test]
    public void Continues_AfterACommandNearTheLimit_DoesNot()
    {
        Assert.That(PasteJoiner.Continues("/ask " + CutPart, T0, "rest", T0.AddSeconds(1), Window), Is.False);
    }

    [Test]
    public void Join_PutsTheParts_InOrder_WithANewlineAtEachCut()
    {
        var joined = PasteJoiner.Join(["first", "second", "third"], 5000, out var used);

        Assert.That((joined, used), Is.EqualTo(("first\nsecond\nthird", 3)));
    }

    [TestCase(10, 1)]
    [TestCase(11, 2)]
    [TestCase(16, 2)]
    [TestCase(17, 3)]
    [TestCase(23, 3)]
    [TestCase(24, 4)]
    public void Join_StopsBeforeThePartThatWouldExceedMaxLength(int maxLength, int expectedParts)
    {
        // Joined lengths: 5, then 11, 17 and 24 with each newline and part added.
        string[] parts = ["abcde", "fghij", "klmno", "pqrstu"];

        var joined = PasteJoiner.Join(parts, maxLength, out var used);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(used, Is.EqualTo(expectedParts));
            Assert.That(joined, Is.EqualTo(string.Join('\n', parts.Take(expectedParts))));
        }
    }

    [Test]
    public void Join_AlwaysUsesTheFirstPart_EvenWhenItAloneIsTooLong()
    {
        var joined = PasteJoiner.Join([Text(6000), "more"], 5000, out var used);

        Assert.That((joined.Length, used), Is.EqualTo((6000, 1)));
    }

    [Test]
    public void Join_ATelegramCutPaste_FitsTheDefaultMessageLimit()
    {
        var joined = PasteJoiner.Join([Text(4000), Text(999), Text(500)], 5000, out var used);

        Assert.That((joined.Length, used), Is.EqualTo((5000, 2)));
    }

    [Test]
    public void Join_WithoutParts_Throws()
    {
        Assert.That(() => PasteJoiner.Join([], 5000, out _), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    private static string Text(int length) => new('x', length);
}
