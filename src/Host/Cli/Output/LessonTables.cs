using System.Globalization;
using Spectre.Console;
using TutorBot.Application.Lessons;
using TutorBot.Host.Bot;
using static TutorBot.Host.Cli.Output.TableText;

namespace TutorBot.Host.Cli.Output;

/// <summary>Human-readable output of <c>admin progress</c> and <c>admin lessons</c>.</summary>
internal static class LessonTables
{
    public static void Progress(TextWriter writer, ProgressDto progress)
    {
        writer.WriteLine(Headline(progress));
        var console = For(writer);

        var lessons = new Table().Border(TableBorder.Rounded).Title("Lessons");
        lessons.AddColumn(new TableColumn("#").RightAligned())
            .AddColumn("Lesson")
            .AddColumn("State")
            .AddColumn(new TableColumn("Attempts").RightAligned())
            .AddColumn(new TableColumn("Best").RightAligned());
        foreach (var status in progress.Lessons.Select(l => l.Status))
        {
            lessons.AddRow(Cell(LessonNumber(status.Lesson)), Cell(status.Lesson.Title), Cell(State(status)), Number(status.Attempts),
                Cell(Grade(status.BestPercentage, status.BestLetter)));
        }

        console.Write(lessons);

        var attempts = progress.Lessons.SelectMany(l => l.Attempts.Select(a => (l.Status.Lesson, Attempt: a))).ToList();
        if (attempts.Count == 0)
        {
            writer.WriteLine("No lesson attempts yet.");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title("Attempts");
        table.AddColumn(new TableColumn("#").RightAligned())
            .AddColumn("Lesson")
            .AddColumn(new TableColumn("Attempt").RightAligned())
            .AddColumn("Started")
            .AddColumn("Graded")
            .AddColumn(new TableColumn("Answered").RightAligned())
            .AddColumn(new TableColumn("Score").RightAligned())
            .AddColumn("Letter")
            .AddColumn("Result");
        foreach (var (lesson, attempt) in attempts)
        {
            table.AddRow(Cell(LessonNumber(lesson)), Cell(lesson.Title), Number(attempt.Number), Cell(BotText.Time(attempt.StartedAtUtc)),
                Cell(attempt.GradedAtUtc is { } graded ? BotText.Time(graded) : None),
                Cell($"{attempt.Answered}/{attempt.Count}"), Cell(Percent(attempt.Percentage)),
                Cell(attempt.Letter?.ToString() ?? None), Cell(Result(attempt.Passed)));
        }

        console.Write(table);
    }

    public static void Lessons(TextWriter writer, IReadOnlyList<LessonStatsDto> lessons)
    {
        if (lessons.Count == 0)
        {
            writer.WriteLine("The course has no lessons.");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn("#").RightAligned())
            .AddColumn("Lesson")
            .AddColumn(new TableColumn("Started").RightAligned())
            .AddColumn(new TableColumn("Completed").RightAligned())
            .AddColumn(new TableColumn("Pass rate").RightAligned())
            .AddColumn(new TableColumn("Average best").RightAligned())
            .AddColumn("Hardest exercise (right first try)");
        foreach (var lesson in lessons)
        {
            table.AddRow(Cell(LessonNumber(lesson.Lesson)), Cell(lesson.Lesson.Title), Number(lesson.Started), Number(lesson.Completed),
                Cell(Share(lesson.PassRate)), Cell(Percent(lesson.AverageBestPercentage)), Cell(Hardest(lesson)));
        }

        For(writer).Write(table);
    }

    private static string Headline(ProgressDto progress)
    {
        var average = progress.AverageBestPercentage is { } value ? $", average best {Percent(value)}" : string.Empty;
        var open = progress.OpenLesson is { } lesson ? $"; open now: lesson {LessonNumber(lesson)}, {lesson.Title}" : string.Empty;
        return $"Progress of student {progress.StudentId} ({progress.DisplayName}): " +
            $"{progress.Passed} of {BotText.Count(progress.Lessons.Count, "lesson")} passed{average}{open}.";
    }

    private static string State(LessonStatusDto status) => status.State switch
    {
        LessonState.Locked when status.MissingPrerequisites.Count > 0 =>
            $"locked: pass {string.Join(", ", status.MissingPrerequisites.Select(LessonNumber))} first",
        LessonState.InProgress => "in progress",
        LessonState.Failed => "not passed yet",
        _ => Word(status.State),
    };

    private static string Grade(decimal? percentage, Domain.Teaching.LetterGrade? letter) =>
        percentage is { } value ? $"{Percent(value)} {letter}" : None;

    private static string Result(bool? passed) => passed switch
    {
        true => "passed",
        false => "failed",
        null => "not graded",
    };

    private static string Hardest(LessonStatsDto lesson) =>
        lesson.HardestExercise is { } exercise ? $"{exercise} ({Share(lesson.HardestFirstTryRate)})" : None;

    private static string LessonNumber(LessonRefDto lesson) => lesson.Number.ToString(CultureInfo.InvariantCulture);
}
