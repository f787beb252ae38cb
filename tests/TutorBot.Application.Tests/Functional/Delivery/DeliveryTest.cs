using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TutorBot.Application.Delivery.CompleteUpdates;
using TutorBot.Application.Delivery.StoreUpdates;
using TutorBot.Application.Tests.Functional.Support;
using TutorBot.Domain.Delivery;
using TutorBot.Testing;

namespace TutorBot.Application.Tests.Functional.Delivery;

/// <summary>One row of InboxUpdates as read with plain SQL.</summary>
public sealed record InboxRow(long UpdateId, long? ChatId, string Payload, string ReceivedAtUtc, string? ProcessedAtUtc, string? Outcome);

/// <summary>One row of OutboxMessages as read with plain SQL.</summary>
public sealed record OutboxRow(
    long Id, long ChatId, long? UpdateId, string Text, string Format, string? Buttons, string? SentAtUtc, string? FailedAtUtc, string? Failure, long Attempts);

/// <summary>The pipeline on a fresh database with a fake clock, and plain-SQL reads of the inbox and outbox.</summary>
public abstract class DeliveryTest : PipelineTest
{
    protected static readonly DateTime Start = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    protected FakeTimeProvider Clock { get; private set; } = null!;

    [SetUp]
    public void CreateClock() => Clock = new FakeTimeProvider(new DateTimeOffset(Start));

    protected Task<PipelineHost> StartWithClockAsync() => StartAsync(configure: services => services.AddSingleton<TimeProvider>(Clock));

    /// <summary>The update's JSON as a test sends it: distinct per id, so a mix-up shows.</summary>
    protected static string PayloadOf(long updateId) =>
        string.Create(CultureInfo.InvariantCulture, $$$"""{"update_id":{{{updateId}}},"message":{"text":"Hello ✨ {{{updateId}}}"}}""");

    protected static ReceivedUpdate Update(long updateId, long? chatId = 7) => new(updateId, chatId, PayloadOf(updateId));

    protected Task<StoreUpdatesResult> StoreAsync(params long[] updateIds) =>
        SendAsync(new StoreUpdatesCommand([.. updateIds.Select(id => Update(id))]));

    protected static OutgoingMessage Reply(string text, long chatId = 7) => new(chatId, text, TextFormat.Plain, null);

    protected Task<IReadOnlyList<long>> CompleteAsync(long updateId, params string[] replies) =>
        SendAsync(new CompleteUpdatesCommand([updateId], UpdateOutcome.Handled, [.. replies.Select(text => Reply(text))]));

    /// <summary>The updates are stored and unprocessed, and the outbox is empty.</summary>
    protected void AssertNothingCompleted(params long[] updateIds)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(OutboxRows(), Is.Empty);
            Assert.That(InboxRows().Select(r => (r.UpdateId, r.ProcessedAtUtc, r.Outcome)),
                Is.EqualTo(updateIds.Select(id => (id, (string?)null, (string?)null))));
        }
    }

    protected static string StoredTime(DateTime time) => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    protected IReadOnlyList<InboxRow> InboxRows()
    {
        using var connection = Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT "UpdateId", "ChatId", "Payload", "ReceivedAtUtc", "ProcessedAtUtc", "Outcome"
            FROM "InboxUpdates" ORDER BY "UpdateId"
            """;
        using var reader = command.ExecuteReader();
        var rows = new List<InboxRow>();
        while (reader.Read())
        {
            rows.Add(new InboxRow(
                reader.GetInt64(0),
                reader.IsDBNull(1) ? null : reader.GetInt64(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        return rows;
    }

    protected IReadOnlyList<OutboxRow> OutboxRows()
    {
        using var connection = Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT "Id", "ChatId", "UpdateId", "Text", "Format", "Buttons", "SentAtUtc", "FailedAtUtc", "Failure", "Attempts"
            FROM "OutboxMessages" ORDER BY "Id"
            """;
        using var reader = command.ExecuteReader();
        var rows = new List<OutboxRow>();
        while (reader.Read())
        {
            rows.Add(new OutboxRow(
                reader.GetInt64(0),
                reader.GetInt64(1),
                reader.IsDBNull(2) ? null : reader.GetInt64(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetString(8),
                reader.GetInt64(9)));
        }

        return rows;
    }
}
