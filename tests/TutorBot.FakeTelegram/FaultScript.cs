namespace TutorBot.FakeTelegram;

/// <summary>Scripted faults, consumed in the order they were scripted by the requests they match.</summary>
internal sealed class FaultScript
{
    private readonly Lock _lock = new();
    private readonly List<Entry> _entries = [];
    private volatile int _count;

    public void Add(string method, Fault fault, int times, long? chatId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        lock (_lock)
        {
            _entries.Add(new Entry(method, fault, chatId) { Remaining = times });
            _count = _entries.Count;
        }
    }

    public Fault? Take(string method, long? chatId)
    {
        // Nearly every request of a load test finds no script: skip the lock then.
        if (_count == 0)
        {
            return null;
        }

        lock (_lock)
        {
            for (var i = 0; i < _entries.Count; i++)
            {
                var entry = _entries[i];
                if (!string.Equals(entry.Method, method, StringComparison.OrdinalIgnoreCase)
                    || (entry.ChatId is { } only && only != chatId))
                {
                    continue;
                }

                if (--entry.Remaining == 0)
                {
                    _entries.RemoveAt(i);
                    _count = _entries.Count;
                }

                return entry.Fault;
            }

            return null;
        }
    }

    private sealed record Entry(string Method, Fault Fault, long? ChatId)
    {
        public int Remaining { get; set; }
    }
}
