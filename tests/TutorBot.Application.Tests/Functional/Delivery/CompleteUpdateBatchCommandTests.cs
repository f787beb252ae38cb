using TutorBot.Application.Common.Exceptions;
using TutorBot.Application.Delivery.CompleteUpdates;
using TutorBot.Domain.Common;
using TutorBot.Domain.Delivery;

namespace TutorBot.Application.Tests.Functional.Delivery;

public sealed class CompleteUpdateBatchCommandTests : DeliveryTest
{
    [Test]
    public async Task CompleteUpdateBatch_CompletesEveryItemAndReturnsEachItemsOutboxIds()
    {
        await StartWithClockAsync();
        await StoreAsync(1, 2, 3, 4, 5);

        var ids = await SendAsync(new CompleteUpdateBatchCommand(
        [
            new([2], UpdateOutcome.Handled, [Reply("Two, first part", chatId: 20), Reply("Two, second part", chatId: 20)]),
            new([4], UpdateOutcome.Ignored, []),
            new([3], UpdateOutcome.Handled, [Reply("Three", chatId: 30)]),
            new([5, 1], UpdateOutcome.Joined, []),
        ]));

        var rows = OutboxRows();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ids, Has.Count.EqualTo(4));
            Assert.That(ids[0].Select(id => rows.Single(r => r.Id == id).Text), Is.EqualTo(new[] { "Two, first part", "Two, second part" }));
            Assert.That(ids[0], Is.Ordered.Ascending);
            Assert.That(ids[1], Is.Empty);
            Assert.That(ids[2].Select(id => rows.Single(r => r.Id == id).Text), Is.EqualTo(new[] { "Three" }));
            Assert.That(ids[3], Is.Empty);
            Assert.That(rows.Select(r => (r.ChatId, r.UpdateId)), Is.EquivalentTo(new[] { (20L, (long?)2), (20L, 2), (30L, 3) }));
            Assert.That(InboxRows().Select(r => (r.UpdateId, r.Outcome)), Is.EqualTo(new[]
            {
                (1L, "joined"), (2L, "handled"), (3L, "handled"), (4L, "ignored"), (5L, "joined"),
            }));
        }
    }

    [Test]
    public async Task CompleteUpdateBatch_WhenOneItemNamesAnUnknownUpdate_CompletesNothing()
    {
        await StartWithClockAsync();
        await StoreAsync(1, 2);

        var refused = Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new CompleteUpdateBatchCommand(
            [new([1], UpdateOutcome.Handled, [Reply("One")]), new([99], UpdateOutcome.Handled, [Reply("Unknown")])])));

        Assert.That(refused.Key, Is.EqualTo(99));
        AssertNothingCompleted(1, 2);
    }

    [Test]
    public async Task CompleteUpdateBatch_WhenOneItemWasAlreadyProcessed_CompletesNothingMore()
    {
        await StartWithClockAsync();
        await StoreAsync(1, 2);
        await CompleteAsync(2, "The first answer");

        Assert.ThrowsAsync<DomainException>(() => SendAsync(new CompleteUpdateBatchCommand(
            [new([1], UpdateOutcome.Handled, [Reply("One")]), new([2], UpdateOutcome.Handled, [Reply("Again")])])));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(OutboxRows().Select(r => r.Text), Is.EqualTo(new[] { "The first answer" }));
            Assert.That(InboxRows().Select(r => r.Outcome), Is.EqualTo(new[] { null, "handled" }));
        }
    }

    [Test]
    public async Task CompleteUpdateBatch_WhenInvalid_IsRefusedAndChangesNothing()
    {
        await StartWithClockAsync();
        await StoreAsync(1, 2);

        Assert.ThrowsAsync<ValidationException>(() => SendAsync(new CompleteUpdateBatchCommand(
            [new([1], UpdateOutcome.Handled, [Reply("One")]), new([2, 1], UpdateOutcome.Joined, [])])));

        AssertNothingCompleted(1, 2);
    }
}
