using TutorBot.Host.Telegram.Receiving;

namespace TutorBot.Host.Tests.Telegram.Receiving;

/// <summary>The guard forgets idle students, so memory stays bounded however many students ever wrote.</summary>
public sealed class MessageRateGuardMemoryTests
{
    private static readonly DateTime T0 = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    [Test]
    public void Check_OneHundredThousandDistinctStudents_RemembersOnlyTheRecentOnes()
    {
        var guard = new MessageRateGuard(20);
        var step = TimeSpan.FromMilliseconds(10);
        var mostTracked = 0;

        for (var student = 0; student < 100_000; student++)
        {
            guard.Check(student, T0 + student * step);
            mostTracked = Math.Max(mostTracked, guard.TrackedStudents);
        }

        // Students within ForgetAfter of the newest, plus those added since the last pruning.
        var bound = (int)(MessageRateGuard.ForgetAfter / step) + MessageRateGuard.PruneInterval;
        Assert.That(mostTracked, Is.LessThanOrEqualTo(bound).And.LessThan(100_000 / 4));
    }

    [Test]
    public void Check_Pruning_KeepsAStudentWhoseWindowIsStillFull()
    {
        var guard = new MessageRateGuard(1);
        guard.Check(-1, T0);

        for (var student = 0; student < MessageRateGuard.PruneInterval; student++)
        {
            guard.Check(student, T0.AddSeconds(59));
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(guard.TrackedStudents, Is.EqualTo(MessageRateGuard.PruneInterval + 1));
            Assert.That(guard.Check(-1, T0.AddSeconds(59)), Is.EqualTo(RateDecision.WarnAndSkip));
        }
    }

    [Test]
    public void Check_Pruning_ForgetsStudentsIdleLongerThanForgetAfter()
    {
        var guard = new MessageRateGuard(1);
        guard.Check(-1, T0);
        guard.Check(-2, T0.AddSeconds(1));
        var later = T0 + MessageRateGuard.ForgetAfter;

        for (var student = 0; student < MessageRateGuard.PruneInterval - 2; student++)
        {
            guard.Check(student, later);
        }

        Assert.That(guard.TrackedStudents, Is.EqualTo(MessageRateGuard.PruneInterval - 1), "student -1 forgotten, -2 kept");
    }
}
