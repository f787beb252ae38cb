using System.Text;
using TutorBot.Application.Lessons;

namespace TutorBot.Host.Bot.Lessons;

/// <summary>/progress: the student's lessons, attempts, best grades, passed count and average.</summary>
internal static class ProgressText
{
    public static BotReply Reply(ProgressDto progress)
    {
        var text = new StringBuilder("Your progress, ").Append(progress.DisplayName).Append(":\n")
            .Append("Passed ").Append(progress.Passed).Append(" of ").Append(BotText.Count(progress.Lessons.Count, "lesson"));
        if (progress.AverageBestPercentage is { } average)
        {
            text.Append("; average best grade ").Append(LessonFormat.Percentage(average));
        }

        text.Append('.');
        foreach (var lesson in progress.Lessons)
        {
            text.Append('\n').Append(LessonFormat.Name(lesson.Status.Lesson)).Append(": ").Append(LessonListText.State(lesson.Status));
            if (lesson.Attempts.Count > 0)
            {
                text.Append("\n   ").Append(string.Join("; ", lesson.Attempts.Select(Attempt)));
            }
        }

        if (progress.OpenLesson is { } open)
        {
            text.Append("\n\nOpen now: ").Append(LessonFormat.Name(open)).Append(". Send ").Append(LessonFormat.StartCommand(open))
                .Append(" to go on.");
            return new BotReply(text.ToString(), [[LessonFormat.StartButton(open, $"Resume {LessonFormat.Name(open)}")]]);
        }

        return new BotReply(text.ToString(), [[new BotButton("Lessons", "/lessons")]]);
    }

    private static string Attempt(AttemptDto attempt) => attempt switch
    {
        { Percentage: { } percentage, Letter: { } letter, Passed: { } passed } =>
            $"attempt {attempt.Number}: {LessonFormat.Grade(percentage, letter)}, {(passed ? "passed" : "not passed")}",
        _ => $"attempt {attempt.Number}: {attempt.Answered} of {attempt.Count} answered",
    };
}
