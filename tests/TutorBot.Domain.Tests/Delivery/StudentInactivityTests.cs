using TutorBot.Domain.Common;
using TutorBot.Domain.Conversations;
using TutorBot.Domain.Students;

namespace TutorBot.Domain.Tests.Delivery;

/// <summary>A student who blocked the bot is inactive until they write again.</summary>
public sealed class StudentInactivityTests
{
    private static readonly DateTime Now = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    [Test]
    public void Register_IsActive()
    {
        var student = Student.Register(7, "Ann", Now);

        Assert.That((student.IsActive, student.InactiveSinceUtc), Is.EqualTo((true, (DateTime?)null)));
    }

    [Test]
    public void MarkInactive_RecordsSinceWhen()
    {
        var student = Student.Register(7, "Ann", Now);

        student.MarkInactive(Now.AddHours(1));

        Assert.That((student.IsActive, student.InactiveSinceUtc), Is.EqualTo((false, (DateTime?)Now.AddHours(1))));
    }

    [Test]
    public void MarkInactive_WhenRepeated_KeepsTheFirstTime()
    {
        var student = Student.Register(7, "Ann", Now);
        student.MarkInactive(Now.AddHours(1));

        student.MarkInactive(Now.AddHours(2));

        Assert.That(student.InactiveSinceUtc, Is.EqualTo(Now.AddHours(1)));
    }

    [TestCase(DateTimeKind.Local)]
    [TestCase(DateTimeKind.Unspecified)]
    public void MarkInactive_WhenTimeNotUtc_ThrowsAndStaysActive(DateTimeKind kind)
    {
        var student = Student.Register(7, "Ann", Now);

        Assert.That(() => student.MarkInactive(DateTime.SpecifyKind(Now, kind)), Throws.TypeOf<DomainException>());
        Assert.That(student.IsActive, Is.True);
    }

    [Test]
    public void MarkSeen_WhenInactive_MakesActiveAgain()
    {
        var student = Student.Register(7, "Ann", Now);
        student.MarkInactive(Now.AddHours(1));

        student.MarkSeen(Now.AddHours(2));

        Assert.That((student.IsActive, student.InactiveSinceUtc), Is.EqualTo((true, (DateTime?)null)));
    }

    [Test]
    public void MarkSeen_WhenTimeNotUtc_ThrowsAndStaysInactive()
    {
        var student = Student.Register(7, "Ann", Now);
        student.MarkInactive(Now);

        Assert.That(() => student.MarkSeen(DateTime.SpecifyKind(Now.AddHours(1), DateTimeKind.Local)), Throws.TypeOf<DomainException>());
        Assert.That(student.IsActive, Is.False);
    }

    [Test]
    public void Write_WhenInactive_MakesActiveAgain()
    {
        var student = Student.Register(7, "Ann", Now);
        student.MarkInactive(Now);

        student.Write(MessageRole.User, MessageIntent.Chat, "I am back, can we continue?", ConversationLimits.Default, Now.AddDays(1));

        Assert.That(student.IsActive, Is.True);
    }
}
