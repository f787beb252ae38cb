using System.Text.Json;
using TutorBot.Domain.Teaching;
using static TutorBot.Host.Tests.Cli.CliOutput;

namespace TutorBot.Host.Tests.Cli;

/// <summary>
/// <c>admin progress</c>, <c>admin lessons</c> and the lesson figures of <c>admin stats</c>, read back after students took
/// lessons through the pipeline. Ann failed lesson 1, passed it on a retake, and is 2 exercises into lesson 2; Bob got
/// all of lesson 1 but its first exercise right; Cleo has taken no lesson.
/// </summary>
public sealed class AdminLessonCommandTests
{
    private const long Ann = 7;
    private const long Bob = 8;
    private const long Cleo = 9;

    private static readonly Lesson Fractions = LessonSeeding.Course.Lessons[0];
    private static readonly Lesson Decimals = LessonSeeding.Course.Lessons[1];

    private TutorbotCli _cli = null!;
    private decimal _bobPercentage;

    [OneTimeSetUp]
    public async Task TakeLessons()
    {
        _cli = new TutorbotCli();
        await using var seeding = await LessonSeeding.StartAsync(_cli.Database);
        await seeding.RegisterAsync(Ann, "Ann");
        await seeding.RegisterAsync(Bob, "Bob");
        await seeding.RegisterAsync(Cleo, "Cleo");

        await seeding.TakeLessonAsync(Ann, 1, _ => false);
        await seeding.TakeLessonAsync(Ann, 1, _ => true);
        await seeding.AnswerSomeAsync(Ann, 2, 2);
        _bobPercentage = (await seeding.TakeLessonAsync(Bob, 1, exercise => exercise != Fractions.Exercises[0])).Percentage;
    }

    [OneTimeTearDown]
    public void DisposeCli() => _cli.Dispose();

    /// <summary>The course's first lesson has 8 exercises of 10 points: Bob's 70 of 80 averages with Ann's 100 to 93.75.</summary>
    private decimal AverageBest => (100 + _bobPercentage) / 2;

    [Test]
    public void Seeding_GivesBobAGradeWhoseAverageWithAnnsMustBeCut()
    {
        Assert.That(AverageBest, Is.EqualTo(93.75m), "the course changed: the figures below no longer test cutting");
    }

    [Test]
    public async Task ProgressTable_ShowsTheLessonsAndEveryAttempt()
    {
        var result = await _cli.RunAsync("admin", "progress", "7");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        var text = result.Out;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Does.StartWith(
                $"Progress of student 7 (Ann): 1 of {LessonSeeding.Course.Lessons.Count} lessons passed, average best 100.0 %; " +
                "open now: lesson 2, Decimals."));
            Assert.That(Line(text, "│ passed "), Does.Match(@"│ 1 │ Fractions +│ passed +│ +2 │ 100\.0 % A │"));
            Assert.That(Line(text, "│ in progress "), Does.Match(@"│ 2 │ Decimals +│ in progress +│ +1 │ +— │"));
            Assert.That(Line(text, "Percentages"), Does.Match(@"│ 3 │ Percentages +│ locked: pass 2 first +│ +0 │ +— │"));
            Assert.That(Line(text, "│ failed"), Does.Match(@"│ 1 │ Fractions +│ +1 │ \d{4}-\d\d-\d\d \d\d:\d\d UTC │ \d{4}-.* UTC │ +8/8 │ +0\.0 % │ F +│ failed"));
            Assert.That(Line(text, "100.0 % │"), Does.Match(@"│ 1 │ Fractions +│ +2 │ .* UTC │ +8/8 │ 100\.0 % │ A +│ passed"));
            Assert.That(Line(text, "not graded"), Does.Match(@"│ 2 │ Decimals +│ +1 │ .* UTC │ —  +│ +2/8 │ +— │ — +│ not graded"));
        }
    }

    [Test]
    public async Task ProgressJson_HasTheLessonsAttemptsAndGrades()
    {
        var result = await _cli.RunAsync("admin", "progress", "7", "--json");

        using var json = SingleJsonDocument(result);
        var root = json.RootElement;
        var fractions = root.GetProperty("lessons")[0];
        var decimals = root.GetProperty("lessons")[1];
        var attempts = fractions.GetProperty("attempts");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(root.GetProperty("studentId").GetInt64(), Is.EqualTo(Ann));
            Assert.That(root.GetProperty("displayName").GetString(), Is.EqualTo("Ann"));
            Assert.That(root.GetProperty("passed").GetInt32(), Is.EqualTo(1));
            Assert.That(root.GetProperty("averageBestPercentage").GetDecimal(), Is.EqualTo(100));
            Assert.That(root.GetProperty("openLesson").GetProperty("number").GetInt32(), Is.EqualTo(2));
            Assert.That(fractions.GetProperty("status").GetProperty("lesson").GetProperty("id").GetString(), Is.EqualTo(Fractions.Id));
            Assert.That(fractions.GetProperty("status").GetProperty("state").GetString(), Is.EqualTo("passed"));
            Assert.That(fractions.GetProperty("status").GetProperty("bestLetter").GetString(), Is.EqualTo("A"));
            Assert.That(attempts.GetArrayLength(), Is.EqualTo(2));
            Assert.That(attempts[0].GetProperty("number").GetInt32(), Is.EqualTo(1));
            Assert.That(attempts[0].GetProperty("percentage").GetDecimal(), Is.Zero);
            Assert.That(attempts[0].GetProperty("letter").GetString(), Is.EqualTo("F"));
            Assert.That(attempts[0].GetProperty("passed").GetBoolean(), Is.False);
            Assert.That(attempts[0].GetProperty("startedAtUtc").GetDateTime().Kind, Is.EqualTo(DateTimeKind.Utc));
            Assert.That(attempts[1].GetProperty("passed").GetBoolean(), Is.True);
            Assert.That(decimals.GetProperty("status").GetProperty("state").GetString(), Is.EqualTo("inProgress"));
            Assert.That(decimals.GetProperty("attempts")[0].GetProperty("answered").GetInt32(), Is.EqualTo(2));
            Assert.That(decimals.GetProperty("attempts")[0].GetProperty("count").GetInt32(), Is.EqualTo(Decimals.Exercises.Count));
            Assert.That(decimals.GetProperty("attempts")[0].GetProperty("gradedAtUtc").ValueKind, Is.EqualTo(JsonValueKind.Null));
        }
    }

    [Test]
    public async Task ProgressTable_OfAStudentWithNoLessons_SaysSo()
    {
        var result = await _cli.RunAsync("admin", "progress", "9");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Out, Does.StartWith($"Progress of student 9 (Cleo): 0 of {LessonSeeding.Course.Lessons.Count} lessons passed."));
            Assert.That(Line(result.Out, "Fractions"), Does.Match(@"available +│ +0 │ +— │"));
            Assert.That(Line(result.Out, "Decimals"), Does.Contain("locked: pass 1 first"));
            Assert.That(result.Out, Does.Contain("No lesson attempts yet."));
        }
    }

    [Test]
    public async Task ProgressJson_OfAStudentWithNoLessons_HasNoAttemptsNorAverage()
    {
        var result = await _cli.RunAsync("admin", "progress", "9", "--json");

        using var json = SingleJsonDocument(result);
        var root = json.RootElement;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(root.GetProperty("passed").GetInt32(), Is.Zero);
            Assert.That(root.GetProperty("averageBestPercentage").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(root.GetProperty("openLesson").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(root.GetProperty("lessons").GetArrayLength(), Is.EqualTo(LessonSeeding.Course.Lessons.Count));
            Assert.That(root.GetProperty("lessons").EnumerateArray().Select(l => l.GetProperty("attempts").GetArrayLength()), Has.All.Zero);
        }
    }

    [TestCase]
    [TestCase("--json")]
    public async Task Progress_OfAnUnknownStudent_IsUsageErrorNamingTheId(params string[] options)
    {
        var result = await _cli.RunAsync(["admin", "progress", "99", .. options]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Error.Trim(), Is.EqualTo("No student with id 99."));
            Assert.That(result.Out, Is.Empty);
        }
    }

    [Test]
    public async Task LessonsTable_ShowsTheFiguresOfEachLesson()
    {
        var result = await _cli.RunAsync("admin", "lessons");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        using (Assert.EnterMultipleScope())
        {
            // 1 right first try out of 3 answers (Ann's two attempts, Bob's one); 93.75 cut, not rounded.
            Assert.That(Line(result.Out, "Fractions"), Does.Match(
                $@"│ 1 │ Fractions +│ +2 │ +2 │ +100\.0 % │ +93\.7 % │ {Fractions.Exercises[0].Id} \(33\.3 %\) +│"));
            Assert.That(Line(result.Out, "Decimals"), Does.Match(@"│ 2 │ Decimals +│ +1 │ +0 │ +— │ +— │ [a-z0-9-]+ \(100\.0 %\) +│"));
            Assert.That(Line(result.Out, "Percentages"), Does.Match(@"│ 3 │ Percentages +│ +0 │ +0 │ +— │ +— │ — +│"));
            Assert.That(result.Out, Does.Contain("Hardest exercise"));
        }
    }

    [Test]
    public async Task LessonsJson_HasTheFiguresOfEachLesson()
    {
        var result = await _cli.RunAsync("admin", "lessons", "--json");

        using var json = SingleJsonDocument(result);
        var lessons = json.RootElement;
        var fractions = lessons[0];
        var percentages = lessons[2];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(lessons.GetArrayLength(), Is.EqualTo(LessonSeeding.Course.Lessons.Count));
            Assert.That(fractions.GetProperty("lesson").GetProperty("title").GetString(), Is.EqualTo("Fractions"));
            Assert.That(fractions.GetProperty("started").GetInt32(), Is.EqualTo(2));
            Assert.That(fractions.GetProperty("completed").GetInt32(), Is.EqualTo(2));
            Assert.That(fractions.GetProperty("passRate").GetDecimal(), Is.EqualTo(1));
            Assert.That(fractions.GetProperty("averageBestPercentage").GetDecimal(), Is.EqualTo(AverageBest));
            Assert.That(fractions.GetProperty("hardestExercise").GetString(), Is.EqualTo(Fractions.Exercises[0].Id));
            Assert.That(fractions.GetProperty("hardestFirstTryRate").GetDecimal(), Is.EqualTo(1m / 3).Within(0.000001m));
            Assert.That(lessons[1].GetProperty("started").GetInt32(), Is.EqualTo(1));
            Assert.That(lessons[1].GetProperty("completed").GetInt32(), Is.Zero);
            Assert.That(percentages.GetProperty("started").GetInt32(), Is.Zero);
            Assert.That(percentages.GetProperty("passRate").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(percentages.GetProperty("hardestExercise").ValueKind, Is.EqualTo(JsonValueKind.Null));
        }
    }

    [Test]
    public async Task StatsJson_HasTheLessonFigures()
    {
        var result = await _cli.RunAsync("admin", "stats", "--json");

        using var json = SingleJsonDocument(result);
        var lessons = json.RootElement.GetProperty("lessons");
        using (Assert.EnterMultipleScope())
        {
            // Started and passed count each student's lesson once; graded counts attempts, Ann's retake included.
            Assert.That(lessons.GetProperty("lessonsStarted").GetInt32(), Is.EqualTo(3));
            Assert.That(lessons.GetProperty("lessonsGraded").GetInt32(), Is.EqualTo(3));
            Assert.That(lessons.GetProperty("lessonsPassed").GetInt32(), Is.EqualTo(2));
            Assert.That(lessons.GetProperty("averageBestPercentage").GetDecimal(), Is.EqualTo(AverageBest));
        }
    }

    [Test]
    public async Task StatsTable_ShowsTheLessonFigures()
    {
        var result = await _cli.RunAsync("admin", "stats");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Line(result.Out, "Lessons started"), Does.Match(@"│ +3 │"));
            Assert.That(Line(result.Out, "Lesson attempts graded"), Does.Match(@"│ +3 │"));
            Assert.That(Line(result.Out, "Lessons passed"), Does.Match(@"│ +2 │"));
            Assert.That(Line(result.Out, "Average best lesson score"), Does.Match(@"│ +93\.7 % │"));
        }
    }
}
