namespace TutorBot.Host.Telegram;

/// <summary>How the conversation with Telegram is going, for <c>/healthz</c>.</summary>
internal sealed class TransportHealth(TimeProvider time)
{
    private readonly Lock _lock = new();
    private DateTime? _lastSuccessUtc;
    private string? _lastProblem;
    private int _consecutiveFailures;

    public string Mode { get; set; } = "starting";

    public void RecordSuccess()
    {
        lock (_lock)
        {
            _lastSuccessUtc = time.GetUtcNow().UtcDateTime;
            _consecutiveFailures = 0;
        }
    }

    public void RecordFailure(string problem)
    {
        lock (_lock)
        {
            _lastProblem = problem;
            _consecutiveFailures++;
        }
    }

    public TransportStatus Read()
    {
        lock (_lock)
        {
            return new TransportStatus(Mode, _lastSuccessUtc, _consecutiveFailures, _lastProblem);
        }
    }
}

/// <param name="ConsecutiveFailures">Failed Telegram calls since the last one that worked.</param>
internal sealed record TransportStatus(string Mode, DateTime? LastSuccessUtc, int ConsecutiveFailures, string? LastProblem)
{
    /// <summary>A few failures in a row are normal on the internet; more mean Telegram is out of reach.</summary>
    public bool IsHealthy => LastSuccessUtc is not null && ConsecutiveFailures < 3;
}
