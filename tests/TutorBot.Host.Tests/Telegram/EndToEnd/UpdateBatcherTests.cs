using Microsoft.Extensions.DependencyInjection;
using TutorBot.Application.Delivery.StoreUpdates;
using TutorBot.FakeTelegram;
using TutorBot.Host.Cli;
using TutorBot.Host.Telegram;
using TutorBot.Host.Telegram.Processing;
using TutorBot.Host.Telegram.Receiving;
using TutorBot.Host.Telegram.Sending;
using TutorBot.Testing;

namespace TutorBot.Host.Tests.Telegram.EndToEnd;

/// <summary>Group commit on the real composition root and a real database file.</summary>
public sealed class UpdateBatcherTests
{
    [Test]
    public async Task BatchWhoseCompletionFails_WritesNothing_AndTheGoodUpdatesGoThroughAfterwards()
    {
        using var database = TestDatabase.Create();
        await using var fake = await FakeBotApi.StartAsync(new FakeBotApiOptions { EnforceLimits = false });
        using var host = Program.BuildHost(
            [$"--ConnectionStrings:TutorBot={database.ConnectionString}", $"--Telegram:BotToken={fake.Token}", $"--Telegram:ApiBaseUrl={fake.BaseUrl}"],
            new CliConsole(new StringReader(string.Empty), new StringWriter(), new StringWriter(), IsInteractive: false));
        await host.StartAsync();
        var services = host.Services;
        var now = DateTime.UtcNow;

        // Stored in the inbox (straight through the request: the transport is not running, nothing else handles them)…
        var first = InboundUpdate.Read(TextUpdate(1, 5), now)!;
        var third = InboundUpdate.Read(TextUpdate(3, 6), now)!;
        await services.GetRequiredService<IServiceScopeFactory>().SendAsync(
            new StoreUpdatesCommand([.. new[] { first, third }.Select(u => new ReceivedUpdate(u.UpdateId, u.ChatId, u.Payload))]),
            CancellationToken.None);

        // …and one that is not: completing it fails, and with it the batch it shares with the two others.
        var missing = InboundUpdate.Read(TextUpdate(2, 7), now)!;
        var batcher = services.GetRequiredService<UpdateBatcher>();
        var writes = Write(batcher, first, missing, third);
        batcher.Start();
        var results = await Task.WhenAll(writes);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results, Is.EqualTo(new[] { false, false, false }), "each is to be handled again on its own");
            Assert.That(database.Scalar("SELECT COUNT(*) FROM InboxUpdates WHERE ProcessedAtUtc IS NOT NULL"), Is.Zero);
            Assert.That(database.Scalar("SELECT COUNT(*) FROM ConversationMessages"), Is.Zero);
            Assert.That(database.Scalar("SELECT COUNT(*) FROM Students"), Is.Zero);
            Assert.That(database.Scalar("SELECT COUNT(*) FROM OutboxMessages"), Is.Zero);
        }

        // Handled again without the bad one, the good updates are written once each.
        Assert.That(await Task.WhenAll(Write(batcher, first, third)), Is.EqualTo(new[] { true, true }));
        await batcher.StopAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(database.Scalar("SELECT COUNT(*) FROM InboxUpdates WHERE ProcessedAtUtc IS NOT NULL"), Is.EqualTo(2));
            Assert.That(database.Scalar("SELECT COUNT(*) FROM ConversationMessages"), Is.EqualTo(4), "two questions, each with its answer");
            Assert.That(database.Scalar("SELECT COUNT(*) FROM OutboxMessages WHERE ChatId IN (5, 6)"), Is.EqualTo(2));
        }

        await services.GetRequiredService<OutboxSender>().StopAsync(TimeSpan.FromSeconds(5));
        await host.StopAsync();
    }

    /// <summary>Hands the updates in; handed in before the batcher starts, they share one batch.</summary>
    private static List<Task<bool>> Write(UpdateBatcher batcher, params InboundUpdate[] updates)
    {
        var bot = new BotIdentity();
        return [.. updates.Select(u => batcher.TryWriteAsync([u], UpdateReader.Read(u, bot, new HashSet<long>()), CancellationToken.None))];
    }

    private static string TextUpdate(long updateId, long chatId) =>
        $$$"""{"update_id": {{{updateId}}}, "message": {"message_id": {{{updateId}}}, "date": 1700000000, "chat": {"id": {{{chatId}}}, "type": "private"}, "from": {"id": {{{chatId}}}, "is_bot": false, "first_name": "S"}, "text": "A message long enough to be stored."}}""";
}
