namespace TutorBot.PerfReport.Tests;

public class BenchmarkCatalogTests
{
    private static readonly BenchmarkMedian[] Medians =
    [
        new("ConversationBenchmarks.RawInsert", "raw insert, one per transaction", 160_000),
        new("ConversationBenchmarks.AddMessage", "AddMessage, full pipeline", 800_000),
        new("NewBenchmarks.Something", "something new", 42),
        new("CacheBenchmarks.ResponseStoreHit", "response store lookup (hit)", 53),
    ];

    [Test]
    public void ToFigures_PutsTheRawBaselineOfTheSameRunAndTheOldBotBesideAddMessage()
    {
        var addMessage = BenchmarkCatalog.ToFigures(Medians).Single(f => f.Id == "bench.ConversationBenchmarks.AddMessage");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(addMessage.Value, Is.EqualTo(800_000));
            Assert.That(addMessage.Baseline, Is.EqualTo(160_000));
            Assert.That(addMessage.OldBot, Is.EqualTo("~8 ms"));
            Assert.That(addMessage.Label, Is.EqualTo("AddMessage, full pipeline"));
        }
    }

    [Test]
    public void ToFigures_ListsCataloguedBenchmarksInCatalogueOrderThenUnknownOnes()
    {
        var ids = BenchmarkCatalog.ToFigures(Medians).Select(f => f.Id);

        Assert.That(ids, Is.EqualTo(new[]
        {
            "bench.ConversationBenchmarks.AddMessage",
            "bench.ConversationBenchmarks.RawInsert",
            "bench.CacheBenchmarks.ResponseStoreHit",
            "bench.NewBenchmarks.Something",
        }));
    }

    [Test]
    public void ToFigures_WhenTheBaselineDidNotRun_HasNoBaseline()
    {
        var figures = BenchmarkCatalog.ToFigures([new("ConversationBenchmarks.AddMessage", "AddMessage, full pipeline", 800_000)]);

        Assert.That(figures.Single().Baseline, Is.Null);
    }

    [Test]
    public void EveryBaselineIsItselfACataloguedBenchmark()
    {
        var ids = BenchmarkCatalog.Entries.Select(e => e.Id).ToList();

        Assert.That(BenchmarkCatalog.Entries.Where(e => e.Baseline is not null).Select(e => e.Baseline), Is.SubsetOf(ids));
    }

    [Test]
    public void Missing_NamesCataloguedBenchmarksWithoutAResult()
    {
        Assert.That(BenchmarkCatalog.Missing(Medians), Does.Contain("ConversationBenchmarks.GetContext").And.Not.Contain("ConversationBenchmarks.AddMessage"));
    }
}
