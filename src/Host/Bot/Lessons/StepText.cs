using TutorBot.Application.Lessons;
using TutorBot.Domain.Teaching;

namespace TutorBot.Host.Bot.Lessons;

/// <summary>/lesson N: a new attempt opens with the explanation and the worked example; a resumed one goes straight on.</summary>
internal static class StepText
{
    /// <param name="step">Its exercise must be open; a lesson awaiting its grade is graded instead.</param>
    public static BotReply Reply(LessonStepDto step, ScoringRules rules)
    {
        ArgumentNullException.ThrowIfNull(step.Exercise);
        var title = $"Lesson {LessonFormat.Name(step.Lesson)}";
        var intro = step.Resumed
            ? $"Welcome back to lesson {LessonFormat.Name(step.Lesson)}: we go on where you left off."
            : (step.AttemptNumber > 1 ? $"{title} (attempt {step.AttemptNumber})" : title) + "\n\n" +
                step.Explanation.Trim() + "\n\nWorked example:\n" + step.Example.Trim();
        return ExerciseText.Reply(step.Exercise, rules, intro);
    }
}
