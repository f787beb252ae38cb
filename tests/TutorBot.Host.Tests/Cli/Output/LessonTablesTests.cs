using TutorBot.Application.Lessons;
using TutorBot.Domain.Teaching;
using TutorBot.Host.Cli.Output;
using static TutorBot.Host.Tests.Cli.CliOutput;

namespace TutorBot.Host.Tests.Cli.Output;

/// <summary>How <c>admin progress</c> and <c>admin lessons</c> lay out what the queries return, without a database.</summary>
public sealed class LessonTablesTests
{
    private static readonly LessonRefDto Fractions = new(1, "fractions", "Fractions");
    private static readonly LessonRefDto Decimals = new(2, "decimals", "Decimals");
    private static readonly LessonRefDto Percentages = new(3, "percentages", "Percentages");
    private static readonly DateTime Monday = new(2026, 11, 30, 9, 15, 0, DateTimeKind.Utc);

    [Test]
    public void Progress_ShowsTheHeadlineStatesAndEveryAttempt()
    {
        var progress = new ProgressDto(7, "Ann [admin]",
        [
            new(new(Fractions, LessonState.Passed, 2, 59.99m + 30, LetterGrade.B, []),
            [
                new(1, Monday, Monday.AddMinutes(10), 6, 6, 59.99m, LetterGrade.F, false),
                new(2, Monday.AddHours(1), Monday.AddHours(1).AddMinutes(8), 6, 6, 89.99m, LetterGrade.B, true),
            ]),
            new(new(Decimals, LessonState.InProgress, 1, null, null, []), [new(1, Monday.AddHours(2), null, 2, 6, null, null, null)]),
            new(new(Percentages, LessonState.Locked, 0, null, null, [Decimals]), []),
        ], 1, 89.99m, Decimals);

        var text = Write(writer => LessonTables.Progress(writer, progress));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Does.StartWith(
                "Progress of student 7 (Ann [admin]): 1 of 3 lessons passed, average best 89.9 %; open now: lesson 2, Decimals."));
            Assert.That(Line(text, "Fractions  "), Does.Match(@"1 │ Fractions +│ passed +│ +2 │ +89\.9 % B"));
            Assert.That(Line(text, "Decimals  "), Does.Match(@"in progress +│ +1 │ +— "));
            Assert.That(Line(text, "Percentages"), Does.Contain("locked: pass 2 first"));
            Assert.That(Line(text, "09:15 UTC"), Does.Match(@"Fractions │ +1 │ 2026-11-30 09:15 UTC │ 2026-11-30 09:25 UTC │ +6/6 │ +59\.9 % │ F +│ failed"));
            Assert.That(Line(text, "10:15 UTC"), Does.Match(@"Fractions │ +2 │ 2026-11-30 10:15 UTC │ 2026-11-30 10:23 UTC │ +6/6 │ +89\.9 % │ B +│ passed"));
            Assert.That(Line(text, "11:15 UTC"), Does.Match(@"Decimals +│ +1 │ 2026-11-30 11:15 UTC │ — +│ +2/6 │ +— │ — +│ not graded"));
        }
    }

    [Test]
    public void Progress_OfAStudentWithNoLessons_SaysSoAndListsTheLessons()
    {
        var progress = new ProgressDto(8, "Bob",
        [
            new(new(Fractions, LessonState.Available, 0, null, null, []), []),
            new(new(Decimals, LessonState.Locked, 0, null, null, [Fractions]), []),
        ], 0, null, null);

        var text = Write(writer => LessonTables.Progress(writer, progress));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Does.StartWith("Progress of student 8 (Bob): 0 of 2 lessons passed."));
            Assert.That(Line(text, "Fractions"), Does.Match(@"available +│ +0 │ +— "));
            Assert.That(Line(text, "Decimals"), Does.Contain("locked: pass 1 first"));
            Assert.That(text, Does.Contain("No lesson attempts yet.").And.Not.Contain("Started"));
        }
    }

    [Test]
    public void Progress_OfAFailedLesson_SaysNotPassedYet()
    {
        var progress = new ProgressDto(8, "Bob",
            [new(new(Fractions, LessonState.Failed, 1, 0, LetterGrade.F, []), [new(1, Monday, Monday, 6, 6, 0, LetterGrade.F, false)])],
            0, 0, null);

        var text = Write(writer => LessonTables.Progress(writer, progress));

        Assert.That(Line(text, "not passed yet"), Does.Match(@"Fractions │ not passed yet +│ +1 │ +0\.0 % F"));
    }

    [Test]
    public void Lessons_ShowsTheFiguresAndTheHardestExercise()
    {
        IReadOnlyList<LessonStatsDto> lessons =
        [
            new(Fractions, 3, 2, 0.5m, 74.99m, "add-unlike", 1m / 3),
            new(Decimals, 0, 0, null, null, null, null),
        ];

        var text = Write(writer => LessonTables.Lessons(writer, lessons));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Line(text, "Fractions"), Does.Match(@"1 │ Fractions +│ +3 │ +2 │ +50\.0 % │ +74\.9 % │ add-unlike \(33\.3 %\)"));
            Assert.That(Line(text, "Decimals"), Does.Match(@"2 │ Decimals +│ +0 │ +0 │ +— │ +— │ — "));
        }
    }

    private static string Write(Action<TextWriter> write)
    {
        using var writer = new StringWriter();
        write(writer);
        return writer.ToString();
    }
}
