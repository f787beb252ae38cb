using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TutorBot.Host.Tests.Telegram.Retention;

/// <summary>
/// Keeps each entry formatted at the moment it is logged: the generated logging code may reuse its state object
/// afterwards, so a substitute's recorded arguments cannot be formatted later.
/// </summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<(LogLevel Level, string Message, Exception? Exception)> _entries = new();

    public IReadOnlyList<(LogLevel Level, string Message, Exception? Exception)> Entries => [.. _entries];

    public List<string> Messages(LogLevel level) => [.. _entries.Where(e => e.Level == level).Select(e => e.Message)];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _entries.Enqueue((logLevel, formatter(state, exception), exception));
}
