using TutorBot.Domain.Common;
using TutorBot.Domain.Conversations;
using TutorBot.Domain.Students;

namespace TutorBot.Domain.Tests.Students;

public sealed class StudentTests
{
    private static readonly DateTime Now = new(2025, 3, 1, 12, 0, 0, DateTimeKind.Utc);
    private static readonly ConversationLimits Limits = ConversationLimits.Default;

    [Test]
    public void Register_SetsIdNameAndTimes()
    {
        var student = Student.Register(42, "Ann", Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(student.Id, Is.EqualTo(42));
            Assert.That(student.DisplayName, Is.EqualTo("Ann"));
            Assert.That(student.CreatedAtUtc, Is.EqualTo(Now));
            Assert.That(student.LastSeenAtUtc, Is.EqualTo(Now));
            Assert.That(student.LastMessageSequence, Is.Zero);
        }
    }

    [TestCase(0)]
    [TestCase(-1)]
    [TestCase(long.MinValue)]
    public void Register_WhenIdNotPositive_Throws(long id)
    {
        Assert.That(() => Student.Register(id, "Ann", Now), Throws.TypeOf<DomainException>());
    }

    [Test]
    public void Register_WithoutName_GivesDefaultName()
    {
        var student = Student.Register(7, null, Now);

        Assert.That(student.DisplayName, Is.EqualTo("Student 7"));
    }

    [Test]
    public void Register_TrimsName()
    {
        var student = Student.Register(7, "  Ann Lee \t", Now);

        Assert.That(student.DisplayName, Is.EqualTo("Ann Lee"));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("\t\n")]
    [TestCase("Ann\nLee")]
    [TestCase("Ann\u0000")]
    [TestCase("Ann\u007fLee")]
    public void Register_WhenNameInvalid_Throws(string name)
    {
        Assert.That(() => Student.Register(7, name, Now), Throws.TypeOf<DomainException>());
    }

    [Test]
    public void Register_AcceptsNameOfMaxLengthAfterTrimming()
    {
        var name = new string('n', Student.MaxDisplayNameLength);

        var student = Student.Register(7, $"  {name}  ", Now);

        Assert.That(student.DisplayName, Is.EqualTo(name));
    }

    [Test]
    public void Register_WhenNameTooLong_Throws()
    {
        var name = new string('n', Student.MaxDisplayNameLength + 1);

        Assert.That(() => Student.Register(7, name, Now), Throws.TypeOf<DomainException>());
    }

    [TestCase(DateTimeKind.Local)]
    [TestCase(DateTimeKind.Unspecified)]
    public void Register_WhenTimeNotUtc_Throws(DateTimeKind kind)
    {
        var notUtc = DateTime.SpecifyKind(Now, kind);

        Assert.That(() => Student.Register(7, "Ann", notUtc), Throws.TypeOf<DomainException>());
    }

    [Test]
    public void Rename_ReplacesNameTrimmed()
    {
        var student = Student.Register(7, "Ann", Now);

        student.Rename(" 李小龙 ");

        Assert.That(student.DisplayName, Is.EqualTo("李小龙"));
    }

    [TestCase("")]
    [TestCase("  ")]
    [TestCase("Ann\rLee")]
    public void Rename_WhenNameInvalid_ThrowsAndKeepsOldName(string name)
    {
        var student = Student.Register(7, "Ann", Now);

        Assert.That(() => student.Rename(name), Throws.TypeOf<DomainException>());
        Assert.That(student.DisplayName, Is.EqualTo("Ann"));
    }

    [Test]
    public void Rename_WhenNameTooLong_ThrowsAndKeepsOldName()
    {
        var student = Student.Register(7, "Ann", Now);

        Assert.That(() => student.Rename(new string('n', Student.MaxDisplayNameLength + 1)), Throws.TypeOf<DomainException>());
        Assert.That(student.DisplayName, Is.EqualTo("Ann"));
    }

    [Test]
    public void MarkSeen_WhenLater_MovesLastSeenForward()
    {
        var student = Student.Register(7, "Ann", Now);

        student.MarkSeen(Now.AddMinutes(5));

        Assert.That(student.LastSeenAtUtc, Is.EqualTo(Now.AddMinutes(5)));
    }

    [Test]
    public void MarkSeen_WithinTheResolution_KeepsLastSeenAndStaysUnchanged()
    {
        var student = Student.Register(7, "Ann", Now);

        student.MarkSeen(Now + Student.SeenResolution - TimeSpan.FromTicks(1));
        Assert.That(student.LastSeenAtUtc, Is.EqualTo(Now));

        student.MarkSeen(Now + Student.SeenResolution);
        Assert.That(student.LastSeenAtUtc, Is.EqualTo(Now + Student.SeenResolution));
    }

    [Test]
    public void MarkSeen_WhenEarlier_NeverGoesBack()
    {
        var student = Student.Register(7, "Ann", Now);
        student.MarkSeen(Now.AddMinutes(5));

        student.MarkSeen(Now.AddMinutes(1));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(student.LastSeenAtUtc, Is.EqualTo(Now.AddMinutes(5)));
            Assert.That(student.CreatedAtUtc, Is.EqualTo(Now));
        }
    }

    [TestCase(DateTimeKind.Local)]
    [TestCase(DateTimeKind.Unspecified)]
    public void MarkSeen_WhenTimeNotUtc_Throws(DateTimeKind kind)
    {
        var student = Student.Register(7, "Ann", Now);

        Assert.That(() => student.MarkSeen(DateTime.SpecifyKind(Now.AddHours(1), kind)), Throws.TypeOf<DomainException>());
        Assert.That(student.LastSeenAtUtc, Is.EqualTo(Now));
    }

    [Test]
    public void Write_AssignsConsecutiveSequenceNumbers()
    {
        var student = Student.Register(7, "Ann", Now);

        var first = student.Write(MessageRole.User, MessageIntent.Chat, "Hello, can you help me?", Limits, Now);
        var second = student.Write(MessageRole.Assistant, null, "Of course.", Limits, Now);
        var third = student.Write(MessageRole.User, MessageIntent.Answer, "4", Limits, Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(new[] { first.Sequence, second.Sequence, third.Sequence }, Is.EqualTo(new long[] { 1, 2, 3 }));
            Assert.That(student.LastMessageSequence, Is.EqualTo(3));
        }
    }

    [Test]
    public void Write_StoresTheMessageExactlyAsGiven()
    {
        var student = Student.Register(7, "Ann", Now);
        const string text = "  What is 2×2? 🤔\nمرحبا  ";

        var message = student.Write(MessageRole.User, MessageIntent.Question, text, Limits, Now.AddSeconds(3));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(message.StudentId, Is.EqualTo(7));
            Assert.That(message.Role, Is.EqualTo(MessageRole.User));
            Assert.That(message.Intent, Is.EqualTo(MessageIntent.Question));
            Assert.That(message.Text, Is.EqualTo(text));
            Assert.That(message.CreatedAtUtc, Is.EqualTo(Now.AddSeconds(3)));
        }
    }

    [Test]
    public void Write_UpdatesLastSeen()
    {
        var student = Student.Register(7, "Ann", Now);

        student.Write(MessageRole.Assistant, null, "Welcome back!", Limits, Now.AddHours(2));

        Assert.That(student.LastSeenAtUtc, Is.EqualTo(Now.AddHours(2)));
    }

    [Test]
    public void Write_ShortAnswerAndShortTutorReply_AreAccepted()
    {
        var student = Student.Register(7, "Ann", Now);

        var answer = student.Write(MessageRole.User, MessageIntent.Answer, "4", Limits, Now);
        var reply = student.Write(MessageRole.Assistant, null, "Yes!", Limits, Now);

        Assert.That(new[] { answer.Text, reply.Text }, Is.EqualTo(new[] { "4", "Yes!" }));
    }

    private static IEnumerable<TestCaseData> InvalidWrites()
    {
        yield return new TestCaseData(MessageRole.User, null, "A message without an intent").SetArgDisplayNames("user message without intent");
        yield return new TestCaseData(MessageRole.Assistant, MessageIntent.Chat, "A tutor reply with an intent").SetArgDisplayNames("assistant message with intent");
        yield return new TestCaseData(MessageRole.User, MessageIntent.Chat, "too short").SetArgDisplayNames("chat below minimum length");
        yield return new TestCaseData(MessageRole.User, MessageIntent.Answer, "   ").SetArgDisplayNames("blank answer");
        yield return new TestCaseData(MessageRole.Assistant, null, new string('a', 5001)).SetArgDisplayNames("too long reply");
        yield return new TestCaseData((MessageRole)7, null, "Hello there, tutor").SetArgDisplayNames("undefined role");
        yield return new TestCaseData(MessageRole.User, (MessageIntent)9, "Hello there, tutor").SetArgDisplayNames("undefined intent");
        yield return new TestCaseData(MessageRole.User, MessageIntent.Question, "what is \0 this?").SetArgDisplayNames("control character");
        yield return new TestCaseData(MessageRole.User, MessageIntent.Question, "broken \uD83D text here").SetArgDisplayNames("lone surrogate");
    }

    [TestCaseSource(nameof(InvalidWrites))]
    public void Write_WhenMessageInvalid_ThrowsAndDoesNotAdvance(MessageRole role, MessageIntent? intent, string text)
    {
        var student = Student.Register(7, "Ann", Now);
        student.Write(MessageRole.User, MessageIntent.Chat, "A first valid message", Limits, Now);

        Assert.That(() => student.Write(role, intent, text, Limits, Now.AddMinutes(1)), Throws.TypeOf<DomainException>());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(student.LastMessageSequence, Is.EqualTo(1));
            Assert.That(student.LastSeenAtUtc, Is.EqualTo(Now));
        }

        var next = student.Write(MessageRole.Assistant, null, "Still counting from one.", Limits, Now);
        Assert.That(next.Sequence, Is.EqualTo(2));
    }

    [Test]
    public void Write_WhenTimeNotUtc_ThrowsAndDoesNotAdvance()
    {
        var student = Student.Register(7, "Ann", Now);

        Assert.That(
            () => student.Write(MessageRole.Assistant, null, "Hello there", Limits, DateTime.SpecifyKind(Now, DateTimeKind.Local)),
            Throws.TypeOf<DomainException>());
        Assert.That(student.LastMessageSequence, Is.Zero);
    }
}
