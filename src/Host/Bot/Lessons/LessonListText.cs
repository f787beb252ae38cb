using System.Text;
using TutorBot.Application.Lessons;

namespace TutorBot.Host.Bot.Lessons;

/// <summary>/lessons: every lesson with its state for this student, and a button for each one that can be started.</summary>
internal static class LessonListText
{
    public static BotReply Reply(IReadOnlyList<LessonStatusDto> lessons)
    {
        var text = new StringBuilder("Your lessons:");
        foreach (var lesson in lessons)
        {
            text.Append('\n').Append(LessonFormat.Name(lesson.Lesson)).Append(": ").Append(State(lesson));
        }

        text.Append("\n\nSend /lesson and a number to start one, e.g. /lesson 1.");
        var buttons = lessons.Where(l => l.State != LessonState.Locked)
            .Select(l => LessonFormat.StartButton(l.Lesson, l.State == LessonState.InProgress ? $"Resume {LessonFormat.Name(l.Lesson)}" : null))
            .Chunk(2)
            .Select(row => (IReadOnlyList<BotButton>)row)
            .ToList();
        return new BotReply(text.ToString(), buttons.Count == 0 ? null : buttons);
    }

    public static string State(LessonStatusDto lesson) => lesson.State switch
    {
        LessonState.Locked => $"locked (pass {Names(lesson.MissingPrerequisites)} first)",
        LessonState.Available => "available",
        LessonState.InProgress => "in progress" + Best(lesson, ", best so far "),
        LessonState.Passed => "passed" + Best(lesson, ", best "),
        _ => "not passed yet" + Best(lesson, ", best "),
    };

    /// <summary>"1. Fractions", "1. Fractions and 2. Decimals", "1. Fractions, 2. Decimals and 4. Ratios".</summary>
    public static string Names(IReadOnlyList<LessonRefDto> lessons) => lessons.Count <= 1
        ? string.Concat(lessons.Select(LessonFormat.Name))
        : string.Join(", ", lessons.Take(lessons.Count - 1).Select(LessonFormat.Name)) + " and " + LessonFormat.Name(lessons[^1]);

    private static string Best(LessonStatusDto lesson, string lead) =>
        lesson is { BestPercentage: { } percentage, BestLetter: { } letter } ? lead + LessonFormat.Grade(percentage, letter) : string.Empty;
}
