namespace TutorBot.Chaos.Tests;

/// <summary>
/// What every run of the bot wrote on stdout and stderr, in one file, each line marked with its run; the last lines are
/// kept in memory to show when something goes wrong.
/// </summary>
internal sealed class BotLog : IDisposable
{
    private const int TailLines = 30;

    private readonly Lock _lock = new();
    private readonly StreamWriter _file;
    private readonly Queue<string> _tail = new();
    private bool _closed;

    public BotLog(string path)
    {
        Path = path;
        _file = new StreamWriter(path) { AutoFlush = true };
    }

    public string Path { get; }

    public void Write(int run, string? line)
    {
        if (line is null)
        {
            return;
        }

        var marked = $"[run {run}] {line}";
        lock (_lock)
        {
            if (_tail.Count == TailLines)
            {
                _tail.Dequeue();
            }

            _tail.Enqueue(marked);
            if (!_closed)
            {
                _file.WriteLine(marked);
            }
        }
    }

    public string Tail()
    {
        lock (_lock)
        {
            return string.Join(Environment.NewLine, _tail);
        }
    }

    public void Dispose()
    {
        // A killed process's output readers may still deliver their last lines.
        lock (_lock)
        {
            _closed = true;
            _file.Dispose();
        }
    }
}
