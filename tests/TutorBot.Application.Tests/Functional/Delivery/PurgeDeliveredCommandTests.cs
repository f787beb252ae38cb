using Microsoft.Extensions.DependencyInjection;
using TutorBot.Application.Common.Exceptions;
using TutorBot.Application.Delivery.GetLastUpdateId;
using TutorBot.Application.Delivery.MarkOutboxFailed;
using TutorBot.Application.Delivery.MarkOutboxSent;
using TutorBot.Application.Delivery.PurgeDelivered;
using TutorBot.Application.Delivery.StoreUpdates;
using TutorBot.Infrastructure.Persistence;

namespace TutorBot.Application.Tests.Functional.Delivery;

/// <summary>What the retention purge deletes and, above all, what it must keep, on a real file.</summary>
public sealed class PurgeDeliveredCommandTests : DeliveryTest
{
    private static readonly TimeSpan OneTick = TimeSpan.FromTicks(1);

    [Test]
    public async Task Purge_DeletesUpdatesProcessedBeforeTheCutoff_KeepsThoseProcessedAtIt()
    {
        await StartWithClockAsync();
        await StoreAsync(1, 2, 3, 4);
        await CompleteAsync(1);
        Clock.Advance(TimeSpan.FromMinutes(10));
        await CompleteAsync(2);
        await CompleteAsync(3);
        Clock.Advance(TimeSpan.FromMinutes(10));
        await CompleteAsync(4);
        var cutoff = Start.AddMinutes(10);

        var atCutoff = await SendAsync(new PurgeDeliveredCommand(cutoff));
        var tickAfter = await SendAsync(new PurgeDeliveredCommand(cutoff + OneTick));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(atCutoff, Is.EqualTo(new PurgeDeliveredResult(1, 0)), "processed before the cutoff");
            Assert.That(tickAfter, Is.EqualTo(new PurgeDeliveredResult(2, 0)), "processed one tick before the cutoff");
            Assert.That(InboxRows().Select(r => r.UpdateId), Is.EqualTo(new[] { 4L }));
        }
    }

    [Test]
    public async Task Purge_KeepsUnprocessedUpdates_WhateverTheirAge()
    {
        await StartWithClockAsync();
        await StoreAsync(1, 2, 3);
        await CompleteAsync(2);
        Clock.Advance(TimeSpan.FromDays(400));
        await StoreAsync(4);
        await CompleteAsync(4);

        var purged = await SendAsync(new PurgeDeliveredCommand(Clock.GetUtcNow().UtcDateTime));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(purged, Is.EqualTo(new PurgeDeliveredResult(1, 0)));
            Assert.That(InboxRows().Select(r => (r.UpdateId, r.ProcessedAtUtc)), Is.EqualTo(new[]
            {
                (1L, (string?)null),
                (3L, null),
                (4L, StoredTime(Start.AddDays(400))),
            }));
        }
    }

    [Test]
    public async Task Purge_KeepsTheHighestUpdateId_SoPollingResumesAfterIt_AndARedeliveryIsStillRecognised()
    {
        await StartWithClockAsync();
        await StoreAsync(5, 6, 7);
        await CompleteAsync(5);
        await CompleteAsync(6);
        await CompleteAsync(7);
        Clock.Advance(TimeSpan.FromDays(30));

        var first = await SendAsync(new PurgeDeliveredCommand(Clock.GetUtcNow().UtcDateTime));
        var second = await SendAsync(new PurgeDeliveredCommand(Clock.GetUtcNow().UtcDateTime.AddYears(1)));
        var redelivered = await SendAsync(new StoreUpdatesCommand([Update(7)]));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Is.EqualTo(new PurgeDeliveredResult(2, 0)));
            Assert.That(second, Is.EqualTo(new PurgeDeliveredResult(0, 0)), "the last update is never purged");
            Assert.That(await SendAsync(new GetLastUpdateIdQuery()), Is.EqualTo(7));
            Assert.That(redelivered.Stored, Is.Empty, "the kept row still recognises a redelivery of the last update");
            Assert.That(InboxRows().Select(r => r.UpdateId), Is.EqualTo(new[] { 7L }));
        }
    }

    [Test]
    public async Task Purge_DeletesMessagesSentOrFailedBeforeTheCutoff_KeepsPendingOnesWhateverTheirAge()
    {
        await StartWithClockAsync();
        await StoreAsync(1);
        var ids = await CompleteAsync(1, "sent early", "failed at the cutoff", "sent at the cutoff", "failed early", "never sent");
        await SendAsync(new MarkOutboxSentCommand([ids[0]]));
        await SendAsync(new MarkOutboxFailedCommand([ids[3]], "Forbidden: bot was blocked by the user"));
        Clock.Advance(TimeSpan.FromMinutes(10));
        await SendAsync(new MarkOutboxFailedCommand([ids[1]], "Bad Request: chat not found"));
        await SendAsync(new MarkOutboxSentCommand([ids[2]]));
        Clock.Advance(TimeSpan.FromDays(400));
        var cutoff = Start.AddMinutes(10);

        var atCutoff = await SendAsync(new PurgeDeliveredCommand(cutoff));
        var keptAtCutoff = OutboxRows().Select(r => r.Text).ToList();
        var muchLater = await SendAsync(new PurgeDeliveredCommand(Clock.GetUtcNow().UtcDateTime));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(atCutoff, Is.EqualTo(new PurgeDeliveredResult(0, 2)));
            Assert.That(keptAtCutoff, Is.EqualTo(new[] { "failed at the cutoff", "sent at the cutoff", "never sent" }));
            Assert.That(muchLater, Is.EqualTo(new PurgeDeliveredResult(0, 2)));
            Assert.That(OutboxRows().Select(r => (r.Text, r.SentAtUtc, r.FailedAtUtc)), Is.EqualTo(new[] { ("never sent", (string?)null, (string?)null) }));
        }
    }

    [Test]
    public async Task Purge_MoreRowsThanAChunk_DeletesThemChunkByChunk_EachInATransactionOfItsOwn()
    {
        var deletes = new DeleteRecorder();
        await StartAsync(configure: services => services.ConfigureDbContext<TutorBotDbContext>(options => options.AddInterceptors(deletes)));
        const int Updates = (2 * PurgeDeliveredCommand.ChunkSize) + 500;
        const int Messages = PurgeDeliveredCommand.ChunkSize + 500;
        FillOldRows(Updates, Messages);

        var purged = await SendAsync(new PurgeDeliveredCommand(Start));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(purged, Is.EqualTo(new PurgeDeliveredResult(Updates, Messages)));
            Assert.That(deletes.Tables, Is.EqualTo(new[] { "InboxUpdates", "InboxUpdates", "InboxUpdates", "OutboxMessages", "OutboxMessages" }),
                "1000 + 1000 + 500 updates, then 1000 + 500 messages");
            Assert.That(deletes.Transactions, Is.EqualTo(5), "each chunk is committed on its own");
            Assert.That(InboxRows().Select(r => (r.UpdateId, r.ProcessedAtUtc)), Is.EqualTo(new[] { ((long)Updates + 1, (string?)null) }));
            Assert.That(OutboxRows().Select(r => (r.Text, r.SentAtUtc)), Is.EqualTo(new[] { ("pending", (string?)null) }));
        }
    }

    [Test]
    public async Task Purge_WithALocalTime_IsRefused()
    {
        await StartWithClockAsync();
        await StoreAsync(1, 2);
        await CompleteAsync(1);
        await CompleteAsync(2);

        var refused = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new PurgeDeliveredCommand(new DateTime(2027, 1, 1, 0, 0, 0, DateTimeKind.Local))));

        Assert.That(refused.Errors.Keys, Is.EqualTo(new[] { nameof(PurgeDeliveredCommand.OlderThanUtc) }));
        Assert.That(InboxRows(), Has.Count.EqualTo(2));
    }

    /// <summary>
    /// Processed updates 1..<paramref name="updates"/> and an unprocessed one after them (the highest id), sent
    /// messages and one pending message, all from a day before <see cref="DeliveryTest.Start"/>: plain SQL, in one go.
    /// </summary>
    private void FillOldRows(int updates, int messages)
    {
        var old = StoredTime(Start.AddDays(-1));
        using var connection = Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {updates})
            INSERT INTO "InboxUpdates" ("UpdateId", "ChatId", "Payload", "ReceivedAtUtc", "ProcessedAtUtc", "Outcome")
            SELECT i, 7, '{"{}"}', '{old}', '{old}', 'handled' FROM n;
            INSERT INTO "InboxUpdates" ("UpdateId", "ChatId", "Payload", "ReceivedAtUtc") VALUES ({updates + 1}, 7, '{"{}"}', '{old}');
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {messages})
            INSERT INTO "OutboxMessages" ("ChatId", "UpdateId", "Text", "Format", "CreatedAtUtc", "SentAtUtc", "Attempts")
            SELECT 7, i, 'sent', 'plain', '{old}', '{old}', 1 FROM n;
            INSERT INTO "OutboxMessages" ("ChatId", "Text", "Format", "CreatedAtUtc", "Attempts") VALUES (7, 'pending', 'plain', '{old}', 0);
            """;
        command.ExecuteNonQuery();
    }
}
