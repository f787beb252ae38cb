using TutorBot.Domain.Common;
using TutorBot.Domain.Delivery;

namespace TutorBot.Domain.Tests.Delivery;

public sealed class InboxUpdateTests
{
    private static readonly DateTime Now = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    [Test]
    public void Receive_KeepsTheUpdateExactlyAndUnprocessed()
    {
        const string payload = "  {\"update_id\":5,\"message\":{\"text\":\"مرحبا 👋\"}}\n";

        var update = InboxUpdate.Receive(5, -100200, payload, Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(update.UpdateId, Is.EqualTo(5));
            Assert.That(update.ChatId, Is.EqualTo(-100200));
            Assert.That(update.Payload, Is.EqualTo(payload));
            Assert.That(update.ReceivedAtUtc, Is.EqualTo(Now));
            Assert.That(update.ProcessedAtUtc, Is.Null);
            Assert.That(update.Outcome, Is.Null);
            Assert.That(update.IsProcessed, Is.False);
        }
    }

    [Test]
    public void Receive_WithZeroIdAndNoChat_IsAccepted()
    {
        var update = InboxUpdate.Receive(0, null, "{}", Now);

        Assert.That((update.UpdateId, update.ChatId), Is.EqualTo((0L, (long?)null)));
    }

    [Test]
    public void Receive_WithNegativeId_Throws()
    {
        Assert.That(() => InboxUpdate.Receive(-1, 7, "{}", Now), Throws.TypeOf<DomainException>());
    }

    [TestCase("")]
    [TestCase(" \r\n")]
    [TestCase(null)]
    public void Receive_WithBlankPayload_Throws(string? payload)
    {
        Assert.That(() => InboxUpdate.Receive(1, 7, payload!, Now), Throws.TypeOf<DomainException>());
    }

    [Test]
    public void Receive_WithPayloadAtTheByteLimit_IsAcceptedAndOneByteMoreThrows()
    {
        var atLimit = new string('a', InboxUpdate.MaxPayloadBytes - 2) + "é";

        Assert.That(InboxUpdate.Receive(1, 7, atLimit, Now).Payload, Has.Length.EqualTo(InboxUpdate.MaxPayloadBytes - 1));
        Assert.That(() => InboxUpdate.Receive(1, 7, atLimit + "a", Now), Throws.TypeOf<DomainException>());
    }

    [TestCase(DateTimeKind.Local)]
    [TestCase(DateTimeKind.Unspecified)]
    public void Receive_WhenTimeNotUtc_Throws(DateTimeKind kind)
    {
        Assert.That(() => InboxUpdate.Receive(1, 7, "{}", DateTime.SpecifyKind(Now, kind)), Throws.TypeOf<DomainException>());
    }

    [TestCase(UpdateOutcome.Handled)]
    [TestCase(UpdateOutcome.Ignored)]
    [TestCase(UpdateOutcome.Rejected)]
    [TestCase(UpdateOutcome.Joined)]
    public void MarkProcessed_RecordsOutcomeAndTime(UpdateOutcome outcome)
    {
        var update = InboxUpdate.Receive(1, 7, "{}", Now);

        update.MarkProcessed(outcome, Now.AddSeconds(2));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(update.Outcome, Is.EqualTo(outcome));
            Assert.That(update.ProcessedAtUtc, Is.EqualTo(Now.AddSeconds(2)));
            Assert.That(update.IsProcessed, Is.True);
        }
    }

    [Test]
    public void MarkProcessed_WhenAlreadyProcessed_ThrowsAndKeepsTheFirstOutcome()
    {
        var update = InboxUpdate.Receive(1, 7, "{}", Now);
        update.MarkProcessed(UpdateOutcome.Joined, Now);

        Assert.That(() => update.MarkProcessed(UpdateOutcome.Handled, Now.AddMinutes(1)), Throws.TypeOf<DomainException>());
        Assert.That((update.Outcome, update.ProcessedAtUtc), Is.EqualTo(((UpdateOutcome?)UpdateOutcome.Joined, (DateTime?)Now)));
    }

    [Test]
    public void MarkProcessed_WithUndefinedOutcome_ThrowsAndStaysUnprocessed()
    {
        var update = InboxUpdate.Receive(1, 7, "{}", Now);

        Assert.That(() => update.MarkProcessed((UpdateOutcome)42, Now), Throws.TypeOf<DomainException>());
        Assert.That(update.IsProcessed, Is.False);
    }

    [TestCase(DateTimeKind.Local)]
    [TestCase(DateTimeKind.Unspecified)]
    public void MarkProcessed_WhenTimeNotUtc_ThrowsAndStaysUnprocessed(DateTimeKind kind)
    {
        var update = InboxUpdate.Receive(1, 7, "{}", Now);

        Assert.That(() => update.MarkProcessed(UpdateOutcome.Handled, DateTime.SpecifyKind(Now, kind)), Throws.TypeOf<DomainException>());
        Assert.That(update.IsProcessed, Is.False);
    }
}
