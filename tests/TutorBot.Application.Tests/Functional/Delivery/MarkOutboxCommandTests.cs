using TutorBot.Application.Common.Exceptions;
using TutorBot.Application.Delivery.MarkOutboxFailed;
using TutorBot.Application.Delivery.MarkOutboxSent;
using TutorBot.Application.Delivery.RecordOutboxAttempts;
using TutorBot.Domain.Delivery;

namespace TutorBot.Application.Tests.Functional.Delivery;

public sealed class MarkOutboxCommandTests : DeliveryTest
{
    private const string Blocked = "Forbidden: bot was blocked by the user";

    [Test]
    public async Task MarkOutboxSent_MarksTheGivenMessagesOnly()
    {
        var ids = await StartWithRepliesAsync(3);
        Clock.Advance(TimeSpan.FromSeconds(1));

        var marked = await SendAsync(new MarkOutboxSentCommand([ids[2], ids[0]]));

        Assert.That(marked, Is.EqualTo(2));
        Assert.That(OutboxRows().Select(r => r.SentAtUtc), Is.EqualTo(new[] { StoredTime(Start.AddSeconds(1)), null, StoredTime(Start.AddSeconds(1)) }));
    }

    [Test]
    public async Task MarkOutboxSent_WhenMarkedTwice_KeepsTheFirstTimeWithoutError()
    {
        var ids = await StartWithRepliesAsync(2);
        await SendAsync(new MarkOutboxSentCommand([ids[0]]));
        Clock.Advance(TimeSpan.FromMinutes(1));

        var marked = await SendAsync(new MarkOutboxSentCommand([ids[0], ids[1]]));

        Assert.That(marked, Is.EqualTo(1));
        Assert.That(OutboxRows().Select(r => r.SentAtUtc), Is.EqualTo(new[] { StoredTime(Start), StoredTime(Start.AddMinutes(1)) }));
    }

    [Test]
    public async Task MarkOutboxSent_LeavesFailedAndUnknownMessagesAlone()
    {
        var ids = await StartWithRepliesAsync(1);
        await SendAsync(new MarkOutboxFailedCommand([ids[0]], Blocked));

        var marked = await SendAsync(new MarkOutboxSentCommand([ids[0], ids[0] + 100]));

        Assert.That(marked, Is.Zero);
        Assert.That(OutboxRows().Select(r => (r.SentAtUtc, r.FailedAtUtc)), Is.EqualTo(new[] { ((string?)null, (string?)StoredTime(Start)) }));
    }

    [Test]
    public async Task MarkOutboxFailed_RecordsTheReasonAndLeavesSentMessagesAlone()
    {
        var ids = await StartWithRepliesAsync(3);
        await SendAsync(new MarkOutboxSentCommand([ids[1]]));
        Clock.Advance(TimeSpan.FromSeconds(3));

        var marked = await SendAsync(new MarkOutboxFailedCommand(ids, Blocked));

        Assert.That(marked, Is.EqualTo(2));
        Assert.That(OutboxRows().Select(r => (r.SentAtUtc is null, r.FailedAtUtc, r.Failure)), Is.EqualTo(new[]
        {
            (true, (string?)StoredTime(Start.AddSeconds(3)), (string?)Blocked),
            (false, null, null),
            (true, StoredTime(Start.AddSeconds(3)), Blocked),
        }));
    }

    [Test]
    public async Task MarkOutboxFailed_WhenFailedTwice_KeepsTheFirstReason()
    {
        var ids = await StartWithRepliesAsync(1);
        await SendAsync(new MarkOutboxFailedCommand(ids, Blocked));

        var marked = await SendAsync(new MarkOutboxFailedCommand(ids, "Another reason"));

        Assert.That(marked, Is.Zero);
        Assert.That(OutboxRows().Single().Failure, Is.EqualTo(Blocked));
    }

    [Test]
    public async Task MarkOutboxFailed_WithLongReason_StoresItCut()
    {
        var ids = await StartWithRepliesAsync(1);
        var reason = "Bad Request: " + new string('x', 1000);

        await SendAsync(new MarkOutboxFailedCommand(ids, reason));

        Assert.That(OutboxRows().Single().Failure, Is.EqualTo(reason[..OutboxMessage.MaxFailureLength]));
    }

    [Test]
    public async Task RecordOutboxAttempts_CountsPendingMessagesOnly()
    {
        var ids = await StartWithRepliesAsync(2);
        await SendAsync(new RecordOutboxAttemptsCommand(ids));
        await SendAsync(new MarkOutboxSentCommand([ids[1]]));

        var counted = await SendAsync(new RecordOutboxAttemptsCommand(ids));

        Assert.That(counted, Is.EqualTo(1));
        Assert.That(OutboxRows().Select(r => r.Attempts), Is.EqualTo(new long[] { 2, 1 }));
    }

    [Test]
    public async Task MarkOutbox_WhenInvalid_IsRefusedAndChangesNothing()
    {
        var ids = await StartWithRepliesAsync(1);

        Assert.ThrowsAsync<ValidationException>(() => SendAsync(new MarkOutboxSentCommand([])));
        Assert.ThrowsAsync<ValidationException>(() => SendAsync(new MarkOutboxSentCommand([ids[0], 0])));
        Assert.ThrowsAsync<ValidationException>(() => SendAsync(new MarkOutboxFailedCommand(ids, "  ")));
        Assert.ThrowsAsync<ValidationException>(() => SendAsync(new RecordOutboxAttemptsCommand([-1])));

        Assert.That(OutboxRows().Select(r => (r.SentAtUtc, r.FailedAtUtc, r.Failure, r.Attempts)),
            Is.EqualTo(new[] { ((string?)null, (string?)null, (string?)null, 0L) }));
    }

    /// <summary>Starts the pipeline and stores that many replies to update 1, returning their outbox ids.</summary>
    private async Task<IReadOnlyList<long>> StartWithRepliesAsync(int count)
    {
        await StartWithClockAsync();
        await StoreAsync(1);
        return await CompleteAsync(1, [.. Enumerable.Range(1, count).Select(n => $"Reply number {n}")]);
    }
}
