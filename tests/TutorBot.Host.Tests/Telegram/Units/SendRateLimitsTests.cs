using Microsoft.Extensions.Options;
using TutorBot.Host.Telegram;
using TutorBot.Host.Telegram.Sending;

namespace TutorBot.Host.Tests.Telegram.Units;

/// <summary>
/// The per-chat spacing runs on the injected clock, so it is tested by advancing a fake one. The overall token
/// bucket (System.Threading.RateLimiting) runs on the real clock: only what needs no waiting is tested here.
/// </summary>
public sealed class SendRateLimitsTests
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(1);
    /// <summary>One message a second, paced a little under the rate (<see cref="SendRateLimits.PacingShare"/>).</summary>
    private static readonly TimeSpan Second = Spacing(1);

    [TestCase(1.0)]
    [TestCase(0.5)]
    [TestCase(4.0)]
    public async Task AcquireAsync_SameChatAgain_WaitsOneOverTheRate(double perSecond)
    {
        var spacing = Spacing(perSecond);
        var time = new TimerWatchingTimeProvider();
        using var limits = PerChatOnly(perSecond, time);
        time.Advance(spacing);
        await limits.AcquireAsync(1, CancellationToken.None).Soon();

        var second = limits.AcquireAsync(1, CancellationToken.None);
        time.Advance(spacing - Tick);
        Assert.That(second.IsCompleted, Is.False);
        time.Advance(Tick);
        await second.Soon();
    }

    [Test]
    public async Task AcquireAsync_AnotherChat_IsNotDelayed()
    {
        var time = new TimerWatchingTimeProvider();
        using var limits = PerChatOnly(1, time);
        time.Advance(Second);
        await limits.AcquireAsync(1, CancellationToken.None).Soon();
        var sameChat = limits.AcquireAsync(1, CancellationToken.None);

        var otherChat = limits.AcquireAsync(2, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(otherChat.IsCompletedSuccessfully, Is.True);
            Assert.That(sameChat.IsCompleted, Is.False);
        }
    }

    [Test]
    public async Task AcquireAsync_RightAfterStart_WaitsOneSpacingForEveryChat()
    {
        // The previous run may have sent to any chat a moment before this one started.
        var time = new TimerWatchingTimeProvider();
        using var limits = PerChatOnly(1, time);
        time.Advance(TimeSpan.FromMilliseconds(300));

        var first = limits.AcquireAsync(1, CancellationToken.None);
        var other = limits.AcquireAsync(2, CancellationToken.None);
        time.Advance(Second - TimeSpan.FromMilliseconds(300) - Tick);
        Assert.That(first.IsCompleted || other.IsCompleted, Is.False);
        time.Advance(Tick);
        await Task.WhenAll(first, other).Soon();
    }

    [Test]
    public async Task AcquireAsync_SpacingCountsFromTheLastSend_NotFromTheCall()
    {
        var time = new TimerWatchingTimeProvider();
        using var limits = PerChatOnly(1, time);
        time.Advance(Second);
        await limits.AcquireAsync(1, CancellationToken.None).Soon();
        time.Advance(TimeSpan.FromMilliseconds(600));

        var second = limits.AcquireAsync(1, CancellationToken.None);
        time.Advance(Second - TimeSpan.FromMilliseconds(600) - Tick);
        Assert.That(second.IsCompleted, Is.False);
        time.Advance(Tick);
        await second.Soon();
    }

    [Test]
    public async Task AcquireAsync_AfterAQuietSpell_IsNotDelayed()
    {
        var time = new TimerWatchingTimeProvider();
        using var limits = PerChatOnly(1, time);
        time.Advance(Second);
        await limits.AcquireAsync(1, CancellationToken.None).Soon();
        time.Advance(Second);

        Assert.That(limits.AcquireAsync(1, CancellationToken.None).IsCompletedSuccessfully, Is.True);
    }

    [Test]
    public async Task AcquireAsync_WaitingForTheSpacing_CanBeCancelled()
    {
        var time = new TimerWatchingTimeProvider();
        using var limits = PerChatOnly(1, time);
        time.Advance(Second);
        await limits.AcquireAsync(1, CancellationToken.None).Soon();
        using var stop = new CancellationTokenSource();
        var second = limits.AcquireAsync(1, stop.Token);

        await stop.CancelAsync();

        Assert.That(async () => await second.Soon(), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void AcquireAsync_WithBothLimitsOff_NeverWaits()
    {
        using var limits = Limits(new TelegramOptions { MessagesPerSecond = 0, MessagesPerSecondPerChat = 0 }, new TimerWatchingTimeProvider());

        var acquires = Enumerable.Range(0, 100).Select(_ => limits.AcquireAsync(1, CancellationToken.None)).ToList();

        Assert.That(acquires.Select(a => a.IsCompletedSuccessfully), Has.All.True);
    }

    [Test]
    public void AcquireAsync_OverallLimit_LetsTheFirstMessageThroughAtOnce()
    {
        using var limits = Limits(new TelegramOptions { MessagesPerSecond = 30, MessagesPerSecondPerChat = 0 }, TimeProvider.System);

        Assert.That(limits.AcquireAsync(1, CancellationToken.None).IsCompletedSuccessfully, Is.True);
    }

    [Test]
    public async Task AcquireAsync_WaitingForTheOverallLimit_CanBeCancelled()
    {
        // One message per 1000 s: the second waits for a token that will not come during the test.
        using var limits = Limits(new TelegramOptions { MessagesPerSecond = 0.001, MessagesPerSecondPerChat = 0 }, TimeProvider.System);
        await limits.AcquireAsync(1, CancellationToken.None).Soon();
        using var stop = new CancellationTokenSource();
        var waiting = limits.AcquireAsync(2, stop.Token);
        Assert.That(waiting.IsCompleted, Is.False);

        await stop.CancelAsync();

        Assert.That(async () => await waiting.Soon(), Throws.InstanceOf<OperationCanceledException>());
    }

    /// <summary>Overall limit off, so everything runs on <paramref name="time"/>.</summary>
    private static SendRateLimits PerChatOnly(double perSecond, TimeProvider time) =>
        Limits(new TelegramOptions { MessagesPerSecond = 0, MessagesPerSecondPerChat = perSecond }, time);

    private static SendRateLimits Limits(TelegramOptions options, TimeProvider time) => new(Options.Create(options), time);

    private static TimeSpan Spacing(double perSecond) => TimeSpan.FromSeconds(1 / (perSecond * SendRateLimits.PacingShare));
}
