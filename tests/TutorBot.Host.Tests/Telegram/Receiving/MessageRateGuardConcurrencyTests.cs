using TutorBot.Host.Telegram.Receiving;

namespace TutorBot.Host.Tests.Telegram.Receiving;

/// <summary>Many threads checking at once: the outcome does not depend on their order.</summary>
public sealed class MessageRateGuardConcurrencyTests
{
    private const int Limit = 20;
    private static readonly DateTime T0 = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    [Test]
    public void Check_OneStudentFromManyThreads_HandlesExactlyTheLimitPerWindow()
    {
        var guard = new MessageRateGuard(Limit);

        // Each burst's times are spread over one second and reach the guard in whatever order the threads run.
        var first = CountInParallel(guard, 2000, i => (1, T0.AddMilliseconds(i % 1000)));
        var second = CountInParallel(guard, 2000, i => (1, T0.AddSeconds(61).AddMilliseconds(i % 1000)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Is.EqualTo(new[] { Limit, 1, 2000 - Limit - 1 }), "Handle, WarnAndSkip, Skip");
            Assert.That(second, Is.EqualTo(new[] { Limit, 1, 2000 - Limit - 1 }), "Handle, WarnAndSkip, Skip");
        }
    }

    [Test]
    public void Check_ManyStudentsFromManyThreads_EachGetsTheLimit()
    {
        var guard = new MessageRateGuard(Limit);
        const int students = 100;
        var handled = new int[students];

        Parallel.For(0, students * 50, i =>
        {
            var student = i % students;
            if (guard.Check(student, T0.AddMilliseconds(i)) == RateDecision.Handle)
            {
                Interlocked.Increment(ref handled[student]);
            }
        });

        Assert.That(handled, Has.All.EqualTo(Limit));
    }

    /// <summary>How many checks gave each <see cref="RateDecision"/>, indexed by its value.</summary>
    private static int[] CountInParallel(MessageRateGuard guard, int calls, Func<int, (long Student, DateTime At)> message)
    {
        var counts = new int[Enum.GetValues<RateDecision>().Length];
        Parallel.For(0, calls, i =>
        {
            var (student, at) = message(i);
            Interlocked.Increment(ref counts[(int)guard.Check(student, at)]);
        });
        return counts;
    }
}
