using TutorBot.FakeTelegram;

namespace TutorBot.Chaos.Tests;

/// <summary>
/// The chaos test's delivery check on hand-made histories: it must count a duplicate only for a reply in flight at a kill,
/// and flag every other repeat. Timestamps are plain numbers here: only their order matters.
/// </summary>
public sealed class DeliveryAuditTests
{
    private const long Chat = 7;
    private static readonly OutboxRow First = new(1, Chat, 101, "first reply");
    private static readonly OutboxRow Second = new(2, Chat, 102, "second reply");

    [Test]
    public void Run_WhenEachReplyArrivesOnceInOrder_FindsNothing()
    {
        var audit = Audit([Sent(First, 10), Sent(Second, 11)]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(audit.Duplicates, Is.Empty);
            Assert.That(audit.Unexplained, Is.Empty);
            Assert.That(audit.Unexpected, Is.Empty);
            Assert.That(audit.Undelivered, Is.Empty);
        }
    }

    [Test]
    public void Run_WhenAReplyInFlightAtAKillIsSentAgainByTheNextRun_CountsOneDuplicateForThatKill()
    {
        // Run 1 delivered the first reply and died before recording it; the second was stored but not yet delivered.
        var kill = Kill(1, killedAt: 15, nextRunAt: 20, unrecorded: [First.Id, Second.Id]);

        var audit = Audit([Sent(First, 10), Sent(First, 25), Sent(Second, 26)], kill);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(audit.Duplicates, Is.EqualTo(new[] { new Duplicate(Chat, First.Id, 1, First.Text) }));
            Assert.That(audit.InFlight[1], Is.EqualTo(1), "the undelivered second reply was not in flight");
            Assert.That(audit.Unexplained, Is.Empty);
        }
    }

    [Test]
    public void Run_WhenAReplyIsSentTwiceWithNoKill_FlagsIt()
    {
        var audit = Audit([Sent(First, 10), Sent(First, 11)]);

        Assert.That(audit.Unexplained, Has.Count.EqualTo(1).And.Some.Contains("delivered again by run 1"));
        Assert.That(audit.Duplicates, Is.Empty);
    }

    [Test]
    public void Run_WhenAReplyRecordedBeforeTheKillIsSentAgain_FlagsIt()
    {
        var audit = Audit([Sent(First, 10), Sent(First, 25)], Kill(1, killedAt: 15, nextRunAt: 20, unrecorded: []));

        Assert.That(audit.Unexplained, Has.Count.EqualTo(1).And.Some.Contains("delivered again by run 2"));
        Assert.That(audit.Duplicates, Is.Empty);
    }

    [Test]
    public void Run_WhenTheNextRunSendsAReplyInFlightTwice_FlagsTheSecond()
    {
        var audit = Audit([Sent(First, 10), Sent(First, 25), Sent(First, 26)], Kill(1, killedAt: 15, nextRunAt: 20, unrecorded: [First.Id]));

        Assert.That(audit.Duplicates, Has.Count.EqualTo(1));
        Assert.That(audit.Unexplained, Has.Count.EqualTo(1));
    }

    [Test]
    public void Run_WhenAReplyIsInFlightAtTwoKills_AllowsOneDuplicateForEach()
    {
        // Run 2 sent it again and was killed before recording that too, so run 3 sends it a third time.
        var kills = new[]
        {
            Kill(1, killedAt: 15, nextRunAt: 20, unrecorded: [First.Id]),
            Kill(2, killedAt: 35, nextRunAt: 40, unrecorded: [First.Id]),
        };

        var audit = Audit([Sent(First, 10), Sent(First, 25), Sent(First, 45)], kills);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(audit.Duplicates.Select(d => d.Kill), Is.EqualTo(new[] { 1, 2 }));
            Assert.That(audit.InFlight, Is.EquivalentTo(new Dictionary<int, int> { [1] = 1, [2] = 1 }));
            Assert.That(audit.Unexplained, Is.Empty);
        }
    }

    [Test]
    public void Run_WhenAReplyWasNotDeliveredByTheKilledRun_DoesNotCountItInFlight()
    {
        // Run 2 died during start-up before re-sending it: what run 3 sends is kill 1's duplicate, not kill 2's.
        var kills = new[]
        {
            Kill(1, killedAt: 15, nextRunAt: 20, unrecorded: [First.Id]),
            Kill(2, killedAt: 21, nextRunAt: 22, unrecorded: [First.Id]),
        };

        var audit = Audit([Sent(First, 10), Sent(First, 30)], kills);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(audit.Duplicates.Select(d => d.Kill), Is.EqualTo(new[] { 1 }));
            Assert.That(audit.InFlight, Is.EquivalentTo(new Dictionary<int, int> { [1] = 1, [2] = 0 }));
        }
    }

    [Test]
    public void Run_WhenAReplyIsMissingOrAMessageIsNoStoredReply_ReportsBoth()
    {
        var audit = Audit([Sent(First, 10), new SentMessage(99, Chat, "something never stored", null, null, false, 11)]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(audit.Unexpected, Has.Count.EqualTo(1).And.Some.Contains("something never stored"));
            Assert.That(audit.Undelivered, Has.Count.EqualTo(1).And.Some.Contains("stored reply 2"));
        }
    }

    [Test]
    public void Run_WhenRepliesArriveOutOfOrder_ReportsTheSkippedOneUndelivered()
    {
        var audit = Audit([Sent(Second, 10), Sent(First, 11)]);

        Assert.That(audit.Undelivered, Has.Count.EqualTo(1).And.Some.Contains("stored reply 2"));
    }

    private static DeliveryAudit Audit(SentMessage[] sent, params KillRecord[] kills) =>
        DeliveryAudit.Run([Chat], [First, Second], sent, kills);

    private static SentMessage Sent(OutboxRow row, long at) => new(at, row.ChatId, row.Text, null, null, false, at);

    private static KillRecord Kill(int number, long killedAt, long nextRunAt, long[] unrecorded) =>
        new(number, number, false, TimeSpan.FromSeconds(1), 0, 0, 0, killedAt, unrecorded.ToHashSet(), nextRunAt);
}
