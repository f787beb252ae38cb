using TutorBot.Application.Delivery.CompleteUpdates;
using TutorBot.Application.Delivery.GetLastUpdateId;
using TutorBot.Application.Delivery.GetPendingOutbox;
using TutorBot.Application.Delivery.GetPendingUpdates;
using TutorBot.Application.Delivery.MarkOutboxFailed;
using TutorBot.Application.Delivery.MarkOutboxSent;
using TutorBot.Application.Delivery.RecordOutboxAttempts;
using TutorBot.Domain.Delivery;

namespace TutorBot.Application.Tests.Functional.Delivery;

public sealed class PendingQueriesTests : DeliveryTest
{
    [Test]
    public async Task GetPendingUpdates_ReturnsUnprocessedUpdatesByUpdateId()
    {
        await StartWithClockAsync();
        await StoreAsync(30, 10);
        Clock.Advance(TimeSpan.FromSeconds(5));
        await SendAsync(new Application.Delivery.StoreUpdates.StoreUpdatesCommand([Update(20, chatId: null), Update(40)]));
        await CompleteAsync(30, "Answered");

        var pending = await SendAsync(new GetPendingUpdatesQuery());

        Assert.That(pending, Is.EqualTo(new[]
        {
            new PendingUpdate(10, 7, PayloadOf(10), Start),
            new PendingUpdate(20, null, PayloadOf(20), Start.AddSeconds(5)),
            new PendingUpdate(40, 7, PayloadOf(40), Start.AddSeconds(5)),
        }));
        Assert.That(pending.Select(u => u.ReceivedAtUtc.Kind), Has.All.EqualTo(DateTimeKind.Utc));
    }

    [Test]
    public async Task GetPendingUpdates_WhenAllProcessed_IsEmpty()
    {
        await StartWithClockAsync();
        await StoreAsync(1);
        await CompleteAsync(1);

        Assert.That(await SendAsync(new GetPendingUpdatesQuery()), Is.Empty);
    }

    [Test]
    public async Task GetLastUpdateId_WhenInboxEmpty_IsNull()
    {
        await StartWithClockAsync();

        Assert.That(await SendAsync(new GetLastUpdateIdQuery()), Is.Null);
    }

    [Test]
    public async Task GetLastUpdateId_ReturnsTheHighestStoredIdProcessedOrNot()
    {
        await StartWithClockAsync();
        await StoreAsync(0, 900_000_001, 5);
        await CompleteAsync(900_000_001);

        Assert.That(await SendAsync(new GetLastUpdateIdQuery()), Is.EqualTo(900_000_001));
    }

    [Test]
    public async Task GetPendingOutbox_ReturnsUnsentUnfailedMessagesById()
    {
        await StartWithClockAsync();
        await StoreAsync(1, 2);
        IReadOnlyList<IReadOnlyList<OutboxButton>> keyboard = [[new("Next ➡️", "next"), new("数学 📐", "lesson:数学")]];
        var first = await SendAsync(new CompleteUpdatesCommand([1], UpdateOutcome.Handled,
            [new(7, "Plain one", TextFormat.Plain, null), new(7, "<i>With buttons</i>", TextFormat.Html, keyboard), new(7, "Sent one", TextFormat.Plain, null)]));
        var second = await CompleteAsync(2, "Failed one", "Last one");
        await SendAsync(new MarkOutboxSentCommand([first[2]]));
        await SendAsync(new MarkOutboxFailedCommand([second[0]], "Forbidden: bot was blocked by the user"));
        await SendAsync(new RecordOutboxAttemptsCommand([first[0]]));

        var pending = await SendAsync(new GetPendingOutboxQuery());

        Assert.That(pending.Select(m => (m.Id, m.ChatId, m.Text, m.Format, m.Attempts)), Is.EqualTo(new[]
        {
            (first[0], 7L, "Plain one", TextFormat.Plain, 1),
            (first[1], 7L, "<i>With buttons</i>", TextFormat.Html, 0),
            (second[1], 7L, "Last one", TextFormat.Plain, 0),
        }));
        Assert.That(pending.Select(m => m.Buttons), Is.EqualTo(new[] { null, keyboard, null }));
    }

    [Test]
    public async Task GetPendingOutbox_WhenNothingPending_IsEmpty()
    {
        await StartWithClockAsync();

        Assert.That(await SendAsync(new GetPendingOutboxQuery()), Is.Empty);
    }
}
