namespace TutorBot.PerfReport.Tests;

public class BenchmarkResultsTests
{
    [Test]
    public void Parse_ReadsEachBenchmarksMedianAndUnquotedDescription()
    {
        var medians = BenchmarkResults.Parse(Fixture.Read("ConversationBenchmarks-report-full.json"), "sample");

        Assert.That(medians, Is.EqualTo(new[]
        {
            new BenchmarkMedian("ConversationBenchmarks.RawInsert", "raw insert, one per transaction", 160800.25),
            new BenchmarkMedian("ConversationBenchmarks.AddMessage", "AddMessage, full pipeline", 793200.0),
        }));
    }

    [Test]
    public void Parse_WhenABenchmarkHasNoStatistics_ThrowsNamingIt()
    {
        Assert.That(
            () => BenchmarkResults.Parse(Fixture.Read("FailedBenchmark-report-full.json"), "sample"),
            Throws.TypeOf<InvalidDataException>().With.Message.Contains("LessonBenchmarks.SubmitAnswer"));
    }

    [Test]
    public void Parse_WhenNotABenchmarkDotNetExport_Throws()
    {
        Assert.That(() => BenchmarkResults.Parse(Fixture.Read("load-all-at-once.json"), "sample"), Throws.TypeOf<InvalidDataException>());
    }

    [Test]
    public void ReadFolder_ReadsEveryReportOfTheFolder()
    {
        var folder = Directory.CreateTempSubdirectory("perfreport-tests-");
        try
        {
            File.Copy(Path.Combine(Fixture.Folder, "ConversationBenchmarks-report-full.json"), Path.Combine(folder.FullName, "A-report-full.json"));
            File.WriteAllText(
                Path.Combine(folder.FullName, "B-report-full.json"),
                """{ "Benchmarks": [ { "Type": "CacheBenchmarks", "Method": "ResponseStoreHit", "MethodTitle": "'response store lookup (hit)'", "Statistics": { "Median": 53.2 } } ] }""");

            var ids = BenchmarkResults.ReadFolder(folder.FullName).Select(m => m.Id);

            Assert.That(ids, Is.EquivalentTo(new[] { "ConversationBenchmarks.RawInsert", "ConversationBenchmarks.AddMessage", "CacheBenchmarks.ResponseStoreHit" }));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public void ReadFolder_WhenNoReport_Throws()
    {
        var folder = Directory.CreateTempSubdirectory("perfreport-tests-");
        try
        {
            Assert.That(() => BenchmarkResults.ReadFolder(folder.FullName), Throws.TypeOf<InvalidDataException>());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
