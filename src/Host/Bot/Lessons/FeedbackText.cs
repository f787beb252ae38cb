using System.Text;
using TutorBot.Application.Lessons;

namespace TutorBot.Host.Bot.Lessons;

/// <summary>What an answer earned and why, then what comes next.</summary>
internal static class FeedbackText
{
    public static string Describe(AnswerResultDto result)
    {
        var points = $"{LessonFormat.Points(result.PointsEarned)} of {BotText.Count(result.PointsPossible, "point")}";
        var text = new StringBuilder();
        switch (result.Outcome)
        {
            case AnswerOutcome.Correct:
                text.Append("Right! You earn ").Append(points).Append('.');
                break;
            case AnswerOutcome.TryAgain:
                return "Not quite. Have another go: a right answer now still earns part of the points.";
            case AnswerOutcome.Wrong:
                text.Append("Not right. The answer is ").Append(result.CorrectAnswer).Append(". You earn ").Append(points).Append('.');
                break;
            default:
                return $"I can't read that as an answer. {result.Problem} Nothing was counted.".Replace("  ", " ", StringComparison.Ordinal);
        }

        if (result.Outcome == AnswerOutcome.Correct && result.CorrectAnswer is { } answer)
        {
            text.Append(" The answer is ").Append(answer).Append('.');
        }

        if (!string.IsNullOrWhiteSpace(result.Explanation))
        {
            text.Append("\nWhy: ").Append(result.Explanation.Trim());
        }

        return text.ToString();
    }
}
