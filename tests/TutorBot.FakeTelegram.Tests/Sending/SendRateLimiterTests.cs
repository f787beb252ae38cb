using System.Diagnostics;

namespace TutorBot.FakeTelegram.Tests.Sending;

/// <summary>The sliding windows on explicit timestamps, so no clock is involved.</summary>
public sealed class SendRateLimiterTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(950);

    private static long At(double milliseconds) => (long)(milliseconds / 1000 * Stopwatch.Frequency);

    [Test]
    public void TryAccept_RefusesASecondMessageToAChatInsideTheWindow()
    {
        var limiter = new SendRateLimiter(perChat: 1, global: 30, Window);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(limiter.TryAccept(1, At(0)), Is.True);
            Assert.That(limiter.TryAccept(1, At(949)), Is.False);
            Assert.That(limiter.TryAccept(1, At(950)), Is.True, "the tolerance lets a 1/s sender through with jitter");
        }
    }

    [Test]
    public void TryAccept_CountsOnlyAcceptedMessages()
    {
        var limiter = new SendRateLimiter(perChat: 1, global: 30, Window);
        limiter.TryAccept(1, At(0));

        limiter.TryAccept(1, At(500));

        Assert.That(limiter.TryAccept(1, At(960)), Is.True, "the refused message at 500 ms did not start a new window");
    }

    [Test]
    public void TryAccept_AllowsNPerWindowOverall()
    {
        var limiter = new SendRateLimiter(perChat: 1, global: 3, Window);

        var accepted = Enumerable.Range(1, 4).Select(chat => limiter.TryAccept(chat, At(chat * 10))).ToList();

        Assert.That(accepted, Is.EqualTo(new[] { true, true, true, false }));
        Assert.That(limiter.TryAccept(5, At(960)), Is.True, "the first message has left the window");
    }

    [Test]
    public void TryAccept_ARefusalByTheGlobalLimitDoesNotUseTheChatsBudget()
    {
        var limiter = new SendRateLimiter(perChat: 1, global: 1, Window);
        limiter.TryAccept(1, At(0));

        Assert.That(limiter.TryAccept(2, At(10)), Is.False);
        Assert.That(limiter.TryAccept(2, At(960)), Is.True);
    }
}
