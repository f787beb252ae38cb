using Microsoft.Extensions.Time.Testing;

namespace TutorBot.Host.Tests.Telegram.Units;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that tells when code starts waiting. Advancing the clock before a loop has
/// set its next timer would let that timer start from the new time, so a test first waits for the timer, then
/// advances: no sleeps, no races.
/// </summary>
internal sealed class TimerWatchingTimeProvider : FakeTimeProvider
{
    private readonly SemaphoreSlim _created = new(0);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _created.Release();
        return timer;
    }

    /// <summary>Completes once the next timer (in creation order) has been created.</summary>
    public Task NextTimerAsync() => _created.WaitAsync().Soon();
}
