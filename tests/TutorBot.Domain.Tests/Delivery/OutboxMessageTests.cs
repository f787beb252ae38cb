using TutorBot.Domain.Common;
using TutorBot.Domain.Delivery;

namespace TutorBot.Domain.Tests.Delivery;

public sealed class OutboxMessageTests
{
    private static readonly DateTime Now = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    [Test]
    public void Create_KeepsEverythingAndIsPending()
    {
        IReadOnlyList<IReadOnlyList<OutboxButton>> keyboard = [[new("Lesson 1 📘", "lesson:1")], [new("Help", "help"), new("Stats", "stats")]];

        var message = OutboxMessage.Create(-100200, 5, "<b>Hi</b> 👋\nthere", TextFormat.Html, keyboard, Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(message.ChatId, Is.EqualTo(-100200));
            Assert.That(message.UpdateId, Is.EqualTo(5));
            Assert.That(message.Text, Is.EqualTo("<b>Hi</b> 👋\nthere"));
            Assert.That(message.Format, Is.EqualTo(TextFormat.Html));
            Assert.That(message.Buttons, Is.EqualTo(keyboard));
            Assert.That(message.CreatedAtUtc, Is.EqualTo(Now));
            Assert.That((message.SentAtUtc, message.FailedAtUtc, message.Failure, message.Attempts), Is.EqualTo(((DateTime?)null, (DateTime?)null, (string?)null, 0)));
            Assert.That(message.IsPending, Is.True);
        }
    }

    [Test]
    public void Create_CopiesTheKeyboard()
    {
        var row = new List<OutboxButton> { new("Yes", "yes") };
        var keyboard = new List<IReadOnlyList<OutboxButton>> { row };

        var message = OutboxMessage.Create(7, null, "Sure?", TextFormat.Plain, keyboard, Now);
        row.Add(new OutboxButton("No", "no"));
        keyboard.Add(row);

        Assert.That(message.Buttons, Is.EqualTo(new[] { new[] { new OutboxButton("Yes", "yes") } }));
    }

    [Test]
    public void Create_WithoutRows_HasNoKeyboard()
    {
        var message = OutboxMessage.Create(7, null, "Hello", TextFormat.Plain, [], Now);

        Assert.That(message.Buttons, Is.Null);
    }

    [Test]
    public void Create_WithTextAtTheLimitAndDataAtTheByteLimit_IsAccepted()
    {
        var text = new string('x', OutboxMessage.MaxTextLength);
        var data = new string('ü', OutboxButton.MaxDataBytes / 2);

        var message = OutboxMessage.Create(7, 1, text, TextFormat.Plain, [[new("Go", data)]], Now);

        Assert.That(message.Text, Has.Length.EqualTo(OutboxMessage.MaxTextLength));
    }

    private static IEnumerable<TestCaseData> InvalidMessages()
    {
        yield return Invalid("empty text", "", TextFormat.Plain, null);
        yield return Invalid("blank text", " \n", TextFormat.Plain, null);
        yield return Invalid("text too long", new string('x', OutboxMessage.MaxTextLength + 1), TextFormat.Plain, null);
        yield return Invalid("undefined format", "Hello", (TextFormat)3, null);
        yield return Invalid("empty row", "Hello", TextFormat.Plain, [[new("A", "a")], []]);
        yield return Invalid("blank label", "Hello", TextFormat.Plain, [[new("  ", "a")]]);
        yield return Invalid("empty data", "Hello", TextFormat.Plain, [[new("A", "")]]);
        yield return Invalid("data over 64 bytes", "Hello", TextFormat.Plain, [[new("A", new string('ü', 33))]]);
        yield return Invalid("over 100 buttons", "Hello", TextFormat.Plain, [.. Enumerable.Range(0, 101).Select(_ => (IReadOnlyList<OutboxButton>)[new("A", "a")])]);
    }

    [TestCaseSource(nameof(InvalidMessages))]
    public void Create_WhenInvalid_Throws(string text, TextFormat format, IReadOnlyList<IReadOnlyList<OutboxButton>>? buttons)
    {
        Assert.That(() => OutboxMessage.Create(7, 1, text, format, buttons, Now), Throws.TypeOf<DomainException>());
    }

    [TestCase(DateTimeKind.Local)]
    [TestCase(DateTimeKind.Unspecified)]
    public void Create_WhenTimeNotUtc_Throws(DateTimeKind kind)
    {
        Assert.That(() => OutboxMessage.Create(7, 1, "Hello", TextFormat.Plain, null, DateTime.SpecifyKind(Now, kind)), Throws.TypeOf<DomainException>());
    }

    [Test]
    public void MarkSent_RecordsTheTimeAndEndsPending()
    {
        var message = Pending();

        message.MarkSent(Now.AddSeconds(1));

        Assert.That((message.SentAtUtc, message.IsPending), Is.EqualTo(((DateTime?)Now.AddSeconds(1), false)));
    }

    [Test]
    public void MarkFailed_RecordsTimeAndTrimmedReason()
    {
        var message = Pending();

        message.MarkFailed("  Forbidden: bot was blocked by the user \n", Now.AddSeconds(1));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(message.FailedAtUtc, Is.EqualTo(Now.AddSeconds(1)));
            Assert.That(message.Failure, Is.EqualTo("Forbidden: bot was blocked by the user"));
            Assert.That(message.IsPending, Is.False);
        }
    }

    [Test]
    public void MarkFailed_WithLongReason_CutsItToTheLimit()
    {
        var message = Pending();

        message.MarkFailed(new string('r', 700), Now);

        Assert.That(message.Failure, Is.EqualTo(new string('r', OutboxMessage.MaxFailureLength)));
    }

    [Test]
    public void MarkFailed_WhenTheLimitFallsInsideASurrogatePair_CutsBeforeIt()
    {
        var message = Pending();
        var reason = new string('r', OutboxMessage.MaxFailureLength - 1) + "😀 and more";

        message.MarkFailed(reason, Now);

        Assert.That(message.Failure, Is.EqualTo(new string('r', OutboxMessage.MaxFailureLength - 1)));
    }

    [TestCase("")]
    [TestCase("  ")]
    [TestCase(null)]
    public void MarkFailed_WithoutReason_ThrowsAndStaysPending(string? reason)
    {
        var message = Pending();

        Assert.That(() => message.MarkFailed(reason!, Now), Throws.TypeOf<DomainException>());
        Assert.That(message.IsPending, Is.True);
    }

    private static IEnumerable<TestCaseData> FinishedMessages()
    {
        yield return new TestCaseData((Action<OutboxMessage>)(m => m.MarkSent(Now))).SetArgDisplayNames("sent");
        yield return new TestCaseData((Action<OutboxMessage>)(m => m.MarkFailed("Gave up", Now))).SetArgDisplayNames("failed");
    }

    [TestCaseSource(nameof(FinishedMessages))]
    public void MarkSentFailedOrAttempt_WhenAlreadyFinished_ThrowsAndChangesNothing(Action<OutboxMessage> finish)
    {
        var message = Pending();
        finish(message);
        var before = (message.SentAtUtc, message.FailedAtUtc, message.Failure, message.Attempts);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => message.MarkSent(Now.AddMinutes(1)), Throws.TypeOf<DomainException>());
            Assert.That(() => message.MarkFailed("Another reason", Now.AddMinutes(1)), Throws.TypeOf<DomainException>());
            Assert.That(message.RecordAttempt, Throws.TypeOf<DomainException>());
            Assert.That((message.SentAtUtc, message.FailedAtUtc, message.Failure, message.Attempts), Is.EqualTo(before));
        }
    }

    [TestCase(DateTimeKind.Local)]
    [TestCase(DateTimeKind.Unspecified)]
    public void MarkSentOrFailed_WhenTimeNotUtc_ThrowsAndStaysPending(DateTimeKind kind)
    {
        var message = Pending();
        var notUtc = DateTime.SpecifyKind(Now, kind);

        Assert.That(() => message.MarkSent(notUtc), Throws.TypeOf<DomainException>());
        Assert.That(() => message.MarkFailed("Gave up", notUtc), Throws.TypeOf<DomainException>());
        Assert.That(message.IsPending, Is.True);
    }

    [Test]
    public void RecordAttempt_CountsEachAttempt()
    {
        var message = Pending();

        message.RecordAttempt();
        message.RecordAttempt();

        Assert.That(message.Attempts, Is.EqualTo(2));
    }

    private static OutboxMessage Pending() => OutboxMessage.Create(7, 1, "Hello", TextFormat.Plain, null, Now);

    private static TestCaseData Invalid(string name, string text, TextFormat format, IReadOnlyList<IReadOnlyList<OutboxButton>>? buttons) =>
        new TestCaseData(text, format, buttons).SetArgDisplayNames(name);
}
