using TutorBot.Domain.Common;

namespace TutorBot.Domain.Tutoring;

/// <summary>
/// The model's tokens one student used on one UTC day, as the model reported them: what the daily quota is checked
/// against, and what the statistics add up. Answers from the offline tutor or the response cache cost nothing.
/// </summary>
public sealed class TutorUsage
{
    private TutorUsage()
    {
    }

    public long StudentId { get; private set; }

    /// <summary>Midnight UTC of the day counted.</summary>
    public DateTime DayUtc { get; private set; }

    public long InputTokens { get; private set; }

    public long OutputTokens { get; private set; }

    /// <summary>Answers the model gave that day.</summary>
    public int Answers { get; private set; }

    public long Tokens => InputTokens + OutputTokens;

    public static TutorUsage StartDay(long studentId, DateTime nowUtc) =>
        new() { StudentId = studentId, DayUtc = Time.RequireUtc(nowUtc).Date };

    public void Add(long inputTokens, long outputTokens)
    {
        if (inputTokens < 0 || outputTokens < 0)
        {
            throw new DomainException($"Token counts cannot be negative ({inputTokens} in, {outputTokens} out).");
        }

        InputTokens += inputTokens;
        OutputTokens += outputTokens;
        Answers++;
    }
}
