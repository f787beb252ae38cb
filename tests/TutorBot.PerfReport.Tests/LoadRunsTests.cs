namespace TutorBot.PerfReport.Tests;

public class LoadRunsTests
{
    private static LoadRunSpec AllAtOnce => LoadRuns.All[0];

    [Test]
    public void ToFigures_ReadsThroughputP50AndP99()
    {
        var figures = LoadRuns.ToFigures(AllAtOnce, Fixture.Read("load-all-at-once.json"));

        Assert.That(
            figures.Select(f => (f.Id, f.Unit, f.Value)),
            Is.EqualTo(new[]
            {
                ("load.all-at-once.throughput", FigureUnit.PerSecond, 1178.4),
                ("load.all-at-once.p50", FigureUnit.Milliseconds, 1812.5),
                ("load.all-at-once.p99", FigureUnit.Milliseconds, 2803.9),
            }));
    }

    [Test]
    public void ToFigures_GivesTheOldBotsConcurrentOperationsBesideTheAllAtOnceThroughput()
    {
        var throughput = LoadRuns.ToFigures(AllAtOnce, Fixture.Read("load-all-at-once.json"))[0];

        Assert.That(throughput.OldBot, Is.EqualTo("1,000 ops in < 2 s"));
    }

    [Test]
    public void ToFigures_SkipsWhatWasPrintedBeforeTheDocument()
    {
        var figures = LoadRuns.ToFigures(AllAtOnce, "Restore complete\nBuild succeeded\n" + Fixture.Read("load-all-at-once.json"));

        Assert.That(figures[0].Value, Is.EqualTo(1178.4));
    }

    [Test]
    public void ToFigures_WhenNoJson_Throws()
    {
        Assert.That(() => LoadRuns.ToFigures(AllAtOnce, "the bot did not start\n"), Throws.TypeOf<InvalidDataException>());
    }

    [Test]
    public void ToFigures_WhenAFigureIsMissing_ThrowsNamingIt()
    {
        Assert.That(
            () => LoadRuns.ToFigures(AllAtOnce, """{ "throughputPerSecond": 10 }"""),
            Throws.TypeOf<InvalidDataException>().With.Message.Contains("latencyMs"));
    }

    [Test]
    public void ToOutcome_ReadsTheFakesRefusals()
    {
        var json = Fixture.Read("load-all-at-once.json").Replace("\"rateLimitRefusals\": 0", "\"rateLimitRefusals\": 7", StringComparison.Ordinal);

        Assert.That(LoadRuns.ToOutcome(AllAtOnce, json), Is.EqualTo(new LoadOutcome(AllAtOnce.Title, 7)));
    }

    [Test]
    public void ToOutcome_WhenTheRefusalsAreMissing_ThrowsNamingThem()
    {
        Assert.That(
            () => LoadRuns.ToOutcome(AllAtOnce, """{ "throughputPerSecond": 10 }"""),
            Throws.TypeOf<InvalidDataException>().With.Message.Contains("rateLimitRefusals"));
    }

    [Test]
    public void QuickRunsAreSmallerThanTheFullOnes()
    {
        Assert.That(LoadRuns.All.Select(r => r.QuickArguments), Is.Not.EqualTo(LoadRuns.All.Select(r => r.Arguments)));
    }
}
