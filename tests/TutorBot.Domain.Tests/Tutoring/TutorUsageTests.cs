using TutorBot.Domain.Common;
using TutorBot.Domain.Tutoring;

namespace TutorBot.Domain.Tests.Tutoring;

public sealed class TutorUsageTests
{
    [Test]
    public void StartDay_CountsFromMidnightUtc_AndAddSumsEachAnswer()
    {
        var usage = TutorUsage.StartDay(7, new DateTime(2026, 3, 1, 17, 45, 0, DateTimeKind.Utc));

        usage.Add(100, 20);
        usage.Add(50, 5);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(usage.DayUtc, Is.EqualTo(new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc)));
            Assert.That((usage.InputTokens, usage.OutputTokens, usage.Tokens, usage.Answers), Is.EqualTo((150L, 25L, 175L, 2)));
        }
    }

    [Test]
    public void Add_NegativeTokens_IsRefused_AndChangesNothing()
    {
        var usage = TutorUsage.StartDay(7, new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.That(() => usage.Add(-1, 5), Throws.TypeOf<DomainException>());
        Assert.That((usage.Tokens, usage.Answers), Is.EqualTo((0L, 0)));
    }

    [Test]
    public void StartDay_WithALocalTime_IsRefused()
    {
        Assert.That(() => TutorUsage.StartDay(7, new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Local)), Throws.TypeOf<DomainException>());
    }
}
