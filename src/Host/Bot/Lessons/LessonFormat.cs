using System.Globalization;
using TutorBot.Application.Lessons;
using TutorBot.Domain.Teaching;

namespace TutorBot.Host.Bot.Lessons;

/// <summary>How lesson figures read in chat, the same everywhere.</summary>
internal static class LessonFormat
{
    /// <summary>One decimal, cut rather than rounded (<see cref="LessonGrade.Shown"/>): 59.99 % reads 59.9 %, so a fail never looks like the pass mark.</summary>
    public static string Percentage(decimal percentage) => LessonGrade.Shown(percentage).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>Points as few digits as they need: 10, 7.5, 2.25.</summary>
    public static string Points(decimal points) => points.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Name(LessonRefDto lesson) => $"{lesson.Number}. {lesson.Title}";

    public static string Grade(decimal percentage, LetterGrade letter) => $"{Percentage(percentage)} ({letter})";

    /// <summary>The command that starts or resumes a lesson: what its buttons send.</summary>
    public static string StartCommand(LessonRefDto lesson) => $"/lesson {lesson.Number}";

    public static BotButton StartButton(LessonRefDto lesson, string? label = null) =>
        new(label ?? Name(lesson), StartCommand(lesson));
}
