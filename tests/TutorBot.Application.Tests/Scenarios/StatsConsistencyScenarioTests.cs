using System.Collections.Concurrent;
using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Application.Stats.GetStats;
using TutorBot.Application.Tests.Functional.Support;

namespace TutorBot.Application.Tests.Scenarios;

/// <summary>
/// Every figure of one GetStats answer comes from one snapshot: with no trimming, messages stored and
/// messages ever written must agree in every answer, however the writes interleave.
/// </summary>
[Category("Scenarios")]
public sealed class StatsConsistencyScenarioTests : PipelineTest
{
    private const int Writers = 4;
    private const int StatsReaders = 2;
    private const int MessagesPerStudent = 10;
    private const int MinimumSnapshotsPerReader = 25;

    [Test]
    public async Task Stats_UnderConcurrentWrites_AreConsistentInEverySnapshot()
    {
        var students = StressScale.Count(100);
        var ids = Enumerable.Range(1, students).Select(i => (long)i).ToArray();
        await StartAsync();
        await RegisterAsync(ids);
        var problems = new ConcurrentQueue<string>();
        var snapshots = 0;

        var writers = Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            for (var n = 1; n <= MessagesPerStudent; n++)
            {
                foreach (var id in ids.Where(id => id % Writers == writer))
                {
                    await SendAsync(AddMessageCommand.FromStudent(id, ChatText(id, n)));
                }
            }
        })));
        var readers = Enumerable.Range(0, StatsReaders).Select(_ => Task.Run(async () =>
        {
            var previous = 0;
            for (var i = 0; !writers.IsCompleted || i < MinimumSnapshotsPerReader; i++)
            {
                var stats = await SendAsync(new GetStatsQuery(BusiestCount: 10));
                Interlocked.Increment(ref snapshots);
                if (Inconsistency(stats, students, previous) is { } problem)
                {
                    problems.Enqueue(problem);
                }

                previous = stats.MessagesStored;
            }
        })).ToArray();

        Assert.That(() => Task.WhenAll(readers.Append(writers)), Throws.Nothing);

        var final = await SendAsync(new GetStatsQuery(BusiestCount: 10));
        var total = students * MessagesPerStudent;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(problems, Is.Empty);
            Assert.That(snapshots, Is.AtLeast(StatsReaders * MinimumSnapshotsPerReader));
            Assert.That(final, Is.EqualTo(final with { Students = students, MessagesStored = total, MessagesAllTime = total, MessagesLast24Hours = total }));
            Assert.That(final.BusiestStudents.Select(s => s.StudentId), Is.EqualTo(ids.Take(10)));
            Assert.That(final.BusiestStudents.Select(s => s.TotalMessages), Has.All.EqualTo(MessagesPerStudent));
            Assert.That(Database.MessageCount(), Is.EqualTo(total));
        }
    }

    private static string? Inconsistency(StatsDto stats, int students, int previouslyStored)
    {
        if (stats.MessagesStored != stats.MessagesAllTime || stats.MessagesLast24Hours != stats.MessagesStored)
        {
            return $"stored {stats.MessagesStored}, all time {stats.MessagesAllTime}, last 24 h {stats.MessagesLast24Hours}";
        }

        if (stats.Students != students)
        {
            return $"{stats.Students} students instead of {students}";
        }

        if (stats.MessagesStored < previouslyStored)
        {
            return $"stored went back from {previouslyStored} to {stats.MessagesStored}";
        }

        return stats.BusiestStudents.FirstOrDefault(s => s.StoredMessages != s.TotalMessages) is { } torn
            ? $"student {torn.StudentId}: stored {torn.StoredMessages}, total {torn.TotalMessages}"
            : null;
    }
}
