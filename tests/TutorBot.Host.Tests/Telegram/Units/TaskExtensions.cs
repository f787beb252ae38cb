namespace TutorBot.Host.Tests.Telegram.Units;

internal static class TaskExtensions
{
    /// <summary>
    /// Generous, because the machine is shared and noisy: this only turns a hang into a failure with a
    /// stack trace, it never judges speed.
    /// </summary>
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(10);

    /// <summary>Awaits something that must happen; a bug that makes it never happen fails the test instead of hanging it.</summary>
    public static Task Soon(this Task task) => task.WaitAsync(HangLimit);

    public static Task<T> Soon<T>(this Task<T> task) => task.WaitAsync(HangLimit);
}
