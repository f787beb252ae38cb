using TutorBot.Host.Telegram.Receiving;

namespace TutorBot.Host.Tests.Telegram.Receiving;

public sealed class MessageRateGuardTests
{
    private const int Limit = 20;
    private static readonly DateTime T0 = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    [Test]
    public void Check_TwentyOneAndTwentyTwoInAMinute_WarnsOnceThenSkips()
    {
        var guard = new MessageRateGuard(Limit);

        var decisions = Enumerable.Range(0, 22).Select(i => guard.Check(1, T0.AddSeconds(i))).ToList();

        Assert.That(decisions, Is.EqualTo(Enumerable.Repeat(RateDecision.Handle, Limit)
            .Append(RateDecision.WarnAndSkip).Append(RateDecision.Skip)));
    }

    [Test]
    public void Check_SixtySecondsAfterTheOldestHandledMessage_HandlesAgain()
    {
        var guard = new MessageRateGuard(Limit);
        SendEverySecond(guard, 1, T0, Limit + 1);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(guard.Check(1, T0.AddSeconds(60).AddTicks(-1)), Is.EqualTo(RateDecision.Skip));
            Assert.That(guard.Check(1, T0.AddSeconds(60)), Is.EqualTo(RateDecision.Handle), "the first message left the window");
            Assert.That(guard.Check(1, T0.AddSeconds(60.5)), Is.EqualTo(RateDecision.Skip), "the second is still in it");
            Assert.That(guard.Check(1, T0.AddSeconds(61)), Is.EqualTo(RateDecision.Handle));
        }
    }

    [Test]
    public void Check_SkippedMessages_DoNotExtendThePenalty()
    {
        var guard = new MessageRateGuard(Limit);
        SendAt(guard, 1, T0, Limit);
        SendAt(guard, 1, T0.AddSeconds(59), Limit);

        Assert.That(guard.Check(1, T0.AddSeconds(60)), Is.EqualTo(RateDecision.Handle));
    }

    [Test]
    public void Check_ABurstAfterTheWindowCleared_GetsOneNewWarning()
    {
        var guard = new MessageRateGuard(Limit);
        SendAt(guard, 1, T0, Limit);
        Assert.That(guard.Check(1, T0.AddSeconds(30)), Is.EqualTo(RateDecision.WarnAndSkip));

        var secondBurst = SendAt(guard, 1, T0.AddSeconds(60), Limit + 2);

        Assert.That(secondBurst.Skip(Limit), Is.EqualTo(new[] { RateDecision.WarnAndSkip, RateDecision.Skip }));
    }

    [Test]
    public void Check_AFloodThatGoesOn_IsWarnedOncePerMinute_AndHandledAtTheLimit()
    {
        var guard = new MessageRateGuard(Limit);

        // Two messages a second for five minutes.
        var decisions = Enumerable.Range(0, 600).Select(i => guard.Check(1, T0.AddSeconds(i * 0.5))).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(decisions.Count(d => d == RateDecision.Handle), Is.EqualTo(5 * Limit));
            Assert.That(decisions.Count(d => d == RateDecision.WarnAndSkip), Is.EqualTo(5));
        }
    }

    [Test]
    public void Check_Students_AreCountedSeparately()
    {
        var guard = new MessageRateGuard(Limit);
        SendAt(guard, 1, T0, Limit + 1);

        var other = SendAt(guard, 2, T0, Limit + 1);

        Assert.That(other, Is.EqualTo(Enumerable.Repeat(RateDecision.Handle, Limit).Append(RateDecision.WarnAndSkip)));
    }

    [Test]
    public void Check_TimesOutOfOrderAcrossStudents_EachStudentFollowsTheirOwnClock()
    {
        var guard = new MessageRateGuard(Limit);
        SendAt(guard, 1, T0.AddMinutes(5), Limit + 1);

        // Student 2's messages carry older times, arriving after student 1's.
        var late = SendEverySecond(guard, 2, T0, Limit + 1);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(late, Is.EqualTo(Enumerable.Repeat(RateDecision.Handle, Limit).Append(RateDecision.WarnAndSkip)));
            Assert.That(guard.Check(2, T0.AddSeconds(60)), Is.EqualTo(RateDecision.Handle));
        }
    }

    [Test]
    public void Check_AMessageOlderThanTheStudentsLatest_CountsAsArrivingWithIt()
    {
        var guard = new MessageRateGuard(1);
        guard.Check(1, T0.AddSeconds(10));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(guard.Check(1, T0), Is.EqualTo(RateDecision.WarnAndSkip));
            Assert.That(guard.Check(1, T0.AddSeconds(69)), Is.EqualTo(RateDecision.Skip));
            Assert.That(guard.Check(1, T0.AddSeconds(70)), Is.EqualTo(RateDecision.Handle));
        }
    }

    [TestCase(0)]
    [TestCase(-1)]
    public void Check_WhenDisabled_HandlesEverythingAndRemembersNobody(int messagesPerMinute)
    {
        var guard = new MessageRateGuard(messagesPerMinute);

        var decisions = SendAt(guard, 1, T0, 1000);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(decisions, Has.All.EqualTo(RateDecision.Handle));
            Assert.That(guard.TrackedStudents, Is.Zero);
        }
    }

    private static List<RateDecision> SendAt(MessageRateGuard guard, long studentId, DateTime at, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => guard.Check(studentId, at))];

    private static List<RateDecision> SendEverySecond(MessageRateGuard guard, long studentId, DateTime from, int count) =>
        [.. Enumerable.Range(0, count).Select(i => guard.Check(studentId, from.AddSeconds(i)))];
}
