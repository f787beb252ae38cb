namespace TutorBot.Domain.Progress;

/// <summary>How one exercise of an attempt ended. Its points are kept as they were, whatever the course says later.</summary>
public sealed class ExerciseResult
{
    public ExerciseResult(long attemptId, string exerciseId, bool correct, int tries, bool usedHint, decimal earned, int possible, DateTime answeredAtUtc)
    {
        AttemptId = attemptId;
        ExerciseId = exerciseId;
        Correct = correct;
        Tries = tries;
        UsedHint = usedHint;
        Earned = earned;
        Possible = possible;
        AnsweredAtUtc = answeredAtUtc;
    }

    public long Id { get; private set; }

    public long AttemptId { get; private set; }

    public string ExerciseId { get; private set; }

    public bool Correct { get; private set; }

    /// <summary>1 when the final answer was the first, 2 when it was the retry.</summary>
    public int Tries { get; private set; }

    public bool UsedHint { get; private set; }

    public decimal Earned { get; private set; }

    public int Possible { get; private set; }

    public DateTime AnsweredAtUtc { get; private set; }
}
