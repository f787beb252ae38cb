using System.Text;
using TutorBot.Application.Lessons;

namespace TutorBot.Host.Bot.Lessons;

/// <summary>The end of a lesson: score, percentage, letter, pass or fail, best so far, what opened up and what is next.</summary>
internal static class GradeText
{
    public static BotReply Reply(LessonGradeDto grade, string? before = null)
    {
        var text = new StringBuilder();
        if (before is not null)
        {
            text.Append(before).Append("\n\n");
        }

        text.Append("Lesson ").Append(LessonFormat.Name(grade.Lesson)).Append(" is done.\n")
            .Append("Score: ").Append(LessonFormat.Points(grade.Earned)).Append(" of ").Append(LessonFormat.Points(grade.Possible))
            .Append(" points, ").Append(LessonFormat.Percentage(grade.Percentage)).Append(", grade ").Append(grade.Letter).Append(": ")
            .Append(grade.Passed ? "passed!" : "not passed yet.").Append('\n');

        text.Append(grade.IsBest && grade.AttemptNumber > 1
            ? "A new best for this lesson!"
            : $"Your best in this lesson: {LessonFormat.Grade(grade.BestPercentage, grade.BestLetter)}.");

        if (grade.Unlocked.Count > 0)
        {
            text.Append("\nUnlocked: ").Append(LessonListText.Names(grade.Unlocked)).Append('.');
        }

        var buttons = new List<IReadOnlyList<BotButton>>();
        if (grade.NextLesson is { } next && next.Number == grade.Lesson.Number)
        {
            text.Append("\nTry it again with ").Append(LessonFormat.StartCommand(next)).Append(": your best grade is kept.");
            buttons.Add([LessonFormat.StartButton(next, $"Retake {LessonFormat.Name(next)}")]);
        }
        else if (grade.NextLesson is { } other)
        {
            text.Append("\nNext: lesson ").Append(LessonFormat.Name(other)).Append(". Send ").Append(LessonFormat.StartCommand(other))
                .Append(" to start it.");
            buttons.Add([LessonFormat.StartButton(other, $"Next: {LessonFormat.Name(other)}")]);
        }
        else
        {
            text.Append("\nYou have passed every lesson open to you: well done! /progress shows all your grades.");
        }

        buttons.Add([new BotButton("All lessons", "/lessons"), new BotButton("My progress", "/progress")]);
        return new BotReply(text.ToString(), buttons);
    }
}
