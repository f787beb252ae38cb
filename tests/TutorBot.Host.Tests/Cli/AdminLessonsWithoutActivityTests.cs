using System.Text.Json;
using static TutorBot.Host.Tests.Cli.CliOutput;

namespace TutorBot.Host.Tests.Cli;

/// <summary>The lesson figures of a course nobody has started: zeros, and "—" (null in JSON) where there is nothing to average.</summary>
public sealed class AdminLessonsWithoutActivityTests
{
    private TutorbotCli _cli = null!;

    [SetUp]
    public void CreateCli() => _cli = new TutorbotCli();

    [TearDown]
    public void DisposeCli() => _cli.Dispose();

    [Test]
    public async Task LessonsTable_OfACourseWithNoActivity_ShowsZerosAndDashes()
    {
        var result = await _cli.RunAsync("admin", "lessons");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        using (Assert.EnterMultipleScope())
        {
            foreach (var (lesson, index) in LessonSeeding.Course.Lessons.Select((l, i) => (l, i)))
            {
                Assert.That(Line(result.Out, lesson.Title), Does.Match($@"│ {index + 1} │ {lesson.Title} +│ +0 │ +0 │ +— │ +— │ — +│"));
            }
        }
    }

    [Test]
    public async Task LessonsJson_OfACourseWithNoActivity_HasZerosAndNulls()
    {
        var result = await _cli.RunAsync("admin", "lessons", "--json");

        using var json = SingleJsonDocument(result);
        var lessons = json.RootElement.EnumerateArray().ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(lessons, Has.Count.EqualTo(LessonSeeding.Course.Lessons.Count));
            Assert.That(lessons.Select(l => l.GetProperty("lesson").GetProperty("number").GetInt32()),
                Is.EqualTo(Enumerable.Range(1, LessonSeeding.Course.Lessons.Count)));
            Assert.That(lessons.Select(l => l.GetProperty("started").GetInt32() + l.GetProperty("completed").GetInt32()), Has.All.Zero);
            Assert.That(lessons.SelectMany(l => new[] { "passRate", "averageBestPercentage", "hardestExercise", "hardestFirstTryRate" }
                .Select(name => l.GetProperty(name).ValueKind)), Has.All.EqualTo(JsonValueKind.Null));
        }
    }

    [Test]
    public async Task Stats_WithNoLessonActivity_ShowsZerosAndNoAverage()
    {
        var table = await _cli.RunAsync("admin", "stats");
        var jsonResult = await _cli.RunAsync("admin", "stats", "--json");

        using var json = SingleJsonDocument(jsonResult);
        var lessons = json.RootElement.GetProperty("lessons");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Line(table.Out, "Lessons started"), Does.Match(@"│ +0 │"));
            Assert.That(Line(table.Out, "Average best lesson score"), Does.Match(@"│ +— │"));
            Assert.That(lessons.GetProperty("lessonsStarted").GetInt32(), Is.Zero);
            Assert.That(lessons.GetProperty("lessonsGraded").GetInt32(), Is.Zero);
            Assert.That(lessons.GetProperty("lessonsPassed").GetInt32(), Is.Zero);
            Assert.That(lessons.GetProperty("averageBestPercentage").ValueKind, Is.EqualTo(JsonValueKind.Null));
        }
    }
}
