using System.Globalization;
using Spectre.Console;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Conversations.GetContext;
using TutorBot.Application.Stats.GetStats;
using TutorBot.Application.Students;
using TutorBot.Host.Bot;
using static TutorBot.Host.Cli.Output.TableText;

namespace TutorBot.Host.Cli.Output;

/// <summary>Human-readable output of the admin commands.</summary>
internal static class AdminTables
{
    public static void Stats(TextWriter writer, StatsDto stats)
    {
        var console = For(writer);
        var figures = new Table().Border(TableBorder.Rounded).Title($"TutorBot at {BotText.Time(stats.GeneratedAtUtc)}");
        figures.AddColumn("Figure").AddColumn(new TableColumn("Value").RightAligned());
        figures.AddRow(Cell("Students"), Number(stats.Students));
        figures.AddRow(Cell("Students inactive (blocked the bot)"), Number(stats.InactiveStudents));
        figures.AddRow(Cell("Messages stored"), Number(stats.MessagesStored));
        figures.AddRow(Cell("Messages all time"), Number(stats.MessagesAllTime));
        figures.AddRow(Cell("Messages in the last 24 h"), Number(stats.MessagesLast24Hours));
        figures.AddRow(Cell("Telegram updates waiting"), Number(stats.InboxPending));
        figures.AddRow(Cell("Replies waiting to be sent"), Number(stats.OutboxPending));
        figures.AddRow(Cell("Replies given up"), Number(stats.OutboxFailed));
        figures.AddRow(Cell("Lessons started (students × lessons)"), Number(stats.Lessons.LessonsStarted));
        figures.AddRow(Cell("Lesson attempts graded"), Number(stats.Lessons.LessonsGraded));
        figures.AddRow(Cell("Lessons passed (students × lessons)"), Number(stats.Lessons.LessonsPassed));
        figures.AddRow(Cell("Average best lesson score"), Cell(Percent(stats.Lessons.AverageBestPercentage)));
        figures.AddRow(Cell("AI model answers (today)"), Cell($"{N(stats.Tutor.Answers)} ({N(stats.Tutor.AnswersToday)})"));
        figures.AddRow(Cell("AI model tokens in / out"), Cell($"{N(stats.Tutor.InputTokens)} / {N(stats.Tutor.OutputTokens)}"));
        figures.AddRow(Cell("AI model tokens today"), Number(stats.Tutor.TokensToday));
        console.Write(figures);

        if (stats.Caches.Count > 0)
        {
            console.Write(CacheTable(stats.Caches));
        }

        if (stats.BusiestStudents.Count > 0)
        {
            console.Write(StudentTable(stats.BusiestStudents).Title("Busiest students"));
        }
    }

    public static void Students(TextWriter writer, IReadOnlyList<StudentActivityDto> students)
    {
        if (students.Count == 0)
        {
            writer.WriteLine("No students yet.");
            return;
        }

        For(writer).Write(StudentTable(students));
    }

    /// <summary>A transcript rather than a table: messages can be thousands of characters long.</summary>
    public static void Context(TextWriter writer, ConversationContextDto context)
    {
        if (context.Messages.Count == 0)
        {
            writer.WriteLine($"Student {context.StudentId} has no stored messages.");
            return;
        }

        writer.WriteLine($"Conversation of student {context.StudentId}, {BotText.Count(context.Messages.Count, "message")}, oldest first:");
        foreach (var message in context.Messages)
        {
            var kind = message.Intent is { } intent ? $"{Word(message.Role)}/{Word(intent)}" : Word(message.Role);
            writer.WriteLine();
            writer.WriteLine($"#{message.Sequence} {BotText.Time(message.CreatedAtUtc)} {kind}");
            writer.WriteLine(message.Text);
        }
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>The caches' figures, and whether they are this process's own or the ones the bot published.</summary>
    private static Table CacheTable(IReadOnlyList<CacheFiguresDto> caches)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Caches").Caption(CacheSource(caches));
        table.AddColumn("Cache")
            .AddColumn(new TableColumn("Size").RightAligned())
            .AddColumn(new TableColumn("Hit rate").RightAligned())
            .AddColumn(new TableColumn("Hits").RightAligned())
            .AddColumn(new TableColumn("Misses").RightAligned())
            .AddColumn(new TableColumn("Evictions").RightAligned());
        foreach (var c in caches)
        {
            var size = $"{c.Size.ToString("N0", CultureInfo.InvariantCulture)}/{c.Capacity.ToString("N0", CultureInfo.InvariantCulture)}";
            table.AddRow(Cell(c.Name), Cell(size), Cell(Share((decimal?)c.HitRate)), Number(c.Hits), Number(c.Misses), Number(c.Evictions));
        }

        return table;
    }

    private static string CacheSource(IReadOnlyList<CacheFiguresDto> caches) =>
        caches.Max(c => c.PublishedAtUtc) is { } published
            ? $"as of {published.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC, published by the running bot"
            : "live";

    private static Table StudentTable(IEnumerable<StudentActivityDto> students)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn("Id").RightAligned())
            .AddColumn("Name")
            .AddColumn(new TableColumn("Stored").RightAligned())
            .AddColumn(new TableColumn("All time").RightAligned())
            .AddColumn("First seen")
            .AddColumn("Last seen");
        foreach (var s in students)
        {
            table.AddRow(Cell(s.StudentId.ToString(CultureInfo.InvariantCulture)), Cell(s.DisplayName), Number(s.StoredMessages),
                Number(s.TotalMessages), Cell(BotText.Time(s.FirstActivityUtc)), Cell(BotText.Time(s.LastActivityUtc)));
        }

        return table;
    }
}
