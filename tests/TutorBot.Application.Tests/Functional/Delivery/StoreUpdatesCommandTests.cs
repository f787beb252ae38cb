using TutorBot.Application.Common.Exceptions;
using TutorBot.Application.Delivery.StoreUpdates;

namespace TutorBot.Application.Tests.Functional.Delivery;

public sealed class StoreUpdatesCommandTests : DeliveryTest
{
    [Test]
    public async Task StoreUpdates_WhenNew_StoresEachExactlyAndReturnsThemInIdOrder()
    {
        await StartWithClockAsync();
        ReceivedUpdate[] updates = [new(12, 7, PayloadOf(12)), new(10, null, "  {\"update_id\":10}\n"), new(11, -100123, PayloadOf(11))];

        var result = await SendAsync(new StoreUpdatesCommand(updates));

        var received = StoredTime(Start);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Stored, Is.EqualTo(new[] { updates[1], updates[2], updates[0] }));
            Assert.That(InboxRows(), Is.EqualTo(new[]
            {
                new InboxRow(10, null, "  {\"update_id\":10}\n", received, null, null),
                new InboxRow(11, -100123, PayloadOf(11), received, null, null),
                new InboxRow(12, 7, PayloadOf(12), received, null, null),
            }));
        }
    }

    [Test]
    public async Task StoreUpdates_WhenRedelivered_SkipsTheStoredOnesAndKeepsTheirPayload()
    {
        await StartWithClockAsync();
        await StoreAsync(1, 2);
        Clock.Advance(TimeSpan.FromMinutes(1));

        var result = await SendAsync(new StoreUpdatesCommand([new(2, 7, "{\"changed\":true}"), Update(3), new(1, 7, "{}")]));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Stored.Select(u => u.UpdateId), Is.EqualTo(new long[] { 3 }));
            Assert.That(InboxRows().Select(r => (r.UpdateId, r.Payload, r.ReceivedAtUtc)), Is.EqualTo(new[]
            {
                (1L, PayloadOf(1), StoredTime(Start)),
                (2L, PayloadOf(2), StoredTime(Start)),
                (3L, PayloadOf(3), StoredTime(Start.AddMinutes(1))),
            }));
        }
    }

    [Test]
    public async Task StoreUpdates_WhenAllRedelivered_StoresAndReturnsNothing()
    {
        await StartWithClockAsync();
        await StoreAsync(5, 6);

        var result = await StoreAsync(6, 5);

        Assert.That(result.Stored, Is.Empty);
        Assert.That(InboxRows(), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task StoreUpdates_WhenRepeatedInsideTheBatch_StoresTheFirstOnce()
    {
        await StartWithClockAsync();
        ReceivedUpdate first = new(4, 7, PayloadOf(4));

        var result = await SendAsync(new StoreUpdatesCommand([first, Update(5), new(4, 8, "{\"again\":1}")]));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Stored, Is.EqualTo(new[] { first, Update(5) }));
            Assert.That(InboxRows().Select(r => (r.UpdateId, r.ChatId, r.Payload)), Is.EqualTo(new[]
            {
                (4L, (long?)7, PayloadOf(4)),
                (5L, (long?)7, PayloadOf(5)),
            }));
        }
    }

    [Test]
    public async Task StoreUpdates_WithZeroId_IsStored()
    {
        await StartWithClockAsync();

        var result = await StoreAsync(0);

        Assert.That(result.Stored.Select(u => u.UpdateId), Is.EqualTo(new long[] { 0 }));
    }

    [Test]
    public async Task StoreUpdates_WhenOneUpdateIsInvalid_StoresNoneOfTheBatch()
    {
        await StartWithClockAsync();
        await StoreAsync(1);

        Assert.ThrowsAsync<ValidationException>(() => SendAsync(new StoreUpdatesCommand([Update(2), new(3, 7, "   "), Update(4)])));
        Assert.ThrowsAsync<ValidationException>(() => SendAsync(new StoreUpdatesCommand([Update(5), Update(-6)])));
        Assert.ThrowsAsync<ValidationException>(() => SendAsync(new StoreUpdatesCommand([])));

        Assert.That(InboxRows().Select(r => r.UpdateId), Is.EqualTo(new long[] { 1 }));
    }
}
