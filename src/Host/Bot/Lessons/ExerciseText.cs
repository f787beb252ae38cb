using System.Text;
using TutorBot.Application.Lessons;
using TutorBot.Domain.Teaching;

namespace TutorBot.Host.Bot.Lessons;

/// <summary>An exercise as the student sees it: prompt, points, how to answer and what a hint costs.</summary>
internal static class ExerciseText
{
    public static BotReply Reply(ExerciseDto exercise, ScoringRules rules, string? before = null)
    {
        var text = new StringBuilder();
        if (before is not null)
        {
            text.Append(before).Append("\n\n");
        }

        text.Append(Describe(exercise, rules));
        return new BotReply(text.ToString(), Buttons(exercise));
    }

    public static string Describe(ExerciseDto exercise, ScoringRules rules)
    {
        var text = new StringBuilder()
            .Append("Exercise ").Append(exercise.Position).Append(" of ").Append(exercise.Count)
            .Append(" (").Append(BotText.Count(exercise.Points, "point")).Append(")\n")
            .Append(exercise.Prompt.Trim());

        if (exercise.Kind == ExerciseKind.Choice)
        {
            for (var i = 0; i < exercise.Options.Count; i++)
            {
                text.Append('\n').Append(i + 1).Append(") ").Append(exercise.Options[i]);
            }
        }

        text.Append('\n').Append(HowToAnswer(exercise));
        if (exercise.IsRetry)
        {
            text.Append("\nSecond try: a right answer now earns ").Append(Percent(rules.RetryCredit)).Append(" of the points.");
        }

        if (HintLine(exercise, rules) is { } hint)
        {
            text.Append('\n').Append(hint);
        }

        return text.ToString();
    }

    /// <summary>One button per option (Telegram); local chat shows the numbered options of the text instead.</summary>
    public static IReadOnlyList<IReadOnlyList<BotButton>>? Buttons(ExerciseDto exercise)
    {
        if (exercise.Kind != ExerciseKind.Choice)
        {
            return null;
        }

        var attempt = exercise.IsRetry ? 2 : 1;
        return [.. exercise.Options.Select((option, i) =>
            (IReadOnlyList<BotButton>)[new BotButton($"{i + 1}) {option}", new AnswerButtonData(exercise.Id, i + 1, attempt).ToString())])];
    }

    private static string HowToAnswer(ExerciseDto exercise) => exercise.Kind switch
    {
        ExerciseKind.Choice => $"Reply with the option's number (1 to {exercise.Options.Count}).",
        ExerciseKind.Number => "Reply with a number.",
        _ => "Reply with a word or a short phrase.",
    };

    private static string? HintLine(ExerciseDto exercise, ScoringRules rules)
    {
        if (!exercise.HasHint)
        {
            return null;
        }

        // What a right answer earns now: a retry already costs its share.
        var worth = exercise.IsRetry ? exercise.Points * rules.RetryCredit : exercise.Points;
        var withHint = LessonFormat.Points(worth * (1 - rules.HintCost));
        return exercise.HintUsed
            ? $"Hint used: a right answer earns at most {withHint} points."
            : $"Stuck? /hint gives a hint, and a right answer then earns {withHint} points instead of {LessonFormat.Points(worth)}.";
    }

    private static string Percent(decimal share) => LessonFormat.Points(share * 100) + "%";
}
