namespace TutorBot.PerfReport.Tests;

public class StoredResultsTests
{
    [Test]
    public void Read_WhenTheFileDoesNotExist_IsNoPrevious()
    {
        Assert.That(StoredResults.Read(Path.Combine(TestContext.CurrentContext.WorkDirectory, "no-such-benchmarks.json")), Is.Null);
    }

    [Test]
    public void ToJsonThenRead_GivesTheSameFigures()
    {
        var path = Path.Combine(Path.GetTempPath(), $"perfreport-{Guid.NewGuid():N}.json");
        var stored = StoredResults.Next(null, [Samples.AddMessage, Samples.Throughput], Samples.Machine, Samples.Now);
        try
        {
            File.WriteAllText(path, stored.ToJson());

            var read = StoredResults.Read(path)!;

            using (Assert.EnterMultipleScope())
            {
                Assert.That(read.Figures, Is.EqualTo(stored.Figures));
                Assert.That(read.Machine, Is.EqualTo(Samples.Machine));
                Assert.That(read.GeneratedAtUtc, Is.EqualTo(Samples.Now));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void ToJson_IsReadable()
    {
        var json = StoredResults.Next(null, [Samples.AddMessage], Samples.Machine, Samples.Now).ToJson();

        Assert.That(json, Does.Contain("\"id\": \"bench.ConversationBenchmarks.AddMessage\"").And.Contain("\"unit\": \"nanoseconds\""));
    }

    [Test]
    public void Read_WhenTheFileIsNotResults_Throws()
    {
        var path = Path.Combine(Path.GetTempPath(), $"perfreport-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, "[1, 2");

            Assert.That(() => StoredResults.Read(path), Throws.TypeOf<InvalidDataException>());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Next_KeepsThePreviousFiguresOfSkippedSteps()
    {
        var previous = Samples.Previous(addMessage: 780_000, throughput: 1000);
        var newAddMessage = Samples.AddMessage with { Value = 700_000 };

        var next = StoredResults.Next(previous, [newAddMessage], Samples.Machine, Samples.Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(next.Find(Samples.AddMessage.Id)!.Value, Is.EqualTo(700_000));
            Assert.That(next.Find(Samples.AddMessage.Id)!.MeasuredAtUtc, Is.EqualTo(Samples.Now));
            Assert.That(next.Find(Samples.Throughput.Id), Is.EqualTo(previous.Find(Samples.Throughput.Id)));
        }
    }
}
