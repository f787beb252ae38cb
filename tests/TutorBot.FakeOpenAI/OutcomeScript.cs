namespace TutorBot.FakeOpenAI;

/// <summary>Scripted outcomes, consumed one per request in the order they were scripted.</summary>
internal sealed class OutcomeScript
{
    private readonly Lock _lock = new();
    private readonly Queue<ModelOutcome> _queue = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _queue.Count;
            }
        }
    }

    public void Add(ModelOutcome outcome, int times)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        lock (_lock)
        {
            for (var i = 0; i < times; i++)
            {
                _queue.Enqueue(outcome);
            }
        }
    }

    public ModelOutcome? Take()
    {
        lock (_lock)
        {
            return _queue.TryDequeue(out var outcome) ? outcome : null;
        }
    }
}
