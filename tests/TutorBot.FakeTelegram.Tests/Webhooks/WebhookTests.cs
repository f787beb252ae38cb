using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace TutorBot.FakeTelegram.Tests.Webhooks;

public sealed class WebhookTests : FakeBotApiTestBase
{
    protected override FakeBotApiOptions CreateOptions() => new() { WebhookRetryDelay = TimeSpan.FromMilliseconds(20) };

    [Test]
    public async Task SetWebhook_PostsUpdatesWithTheSecretHeader()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await Bot.SetWebhook(receiver.Url.ToString(), secretToken: "s3cret");

        var id = Fake.SendText(21, "via webhook");

        var delivery = await receiver.NextAsync(Patience);
        var update = JsonSerializer.Deserialize<Update>(delivery.Body, JsonBotAPI.Options)!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(delivery.Secret, Is.EqualTo("s3cret"));
            Assert.That(update.Id, Is.EqualTo(id));
            Assert.That(update.Message!.Text, Is.EqualTo("via webhook"));
            Assert.That(Fake.WebhookUrl, Is.EqualTo(receiver.Url.ToString()));
            Assert.That(Fake.WebhookSecret, Is.EqualTo("s3cret"));
        }
    }

    [Test]
    public async Task SetWebhook_PushesUpdatesThatWerePendingBefore()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var id = Fake.SendText(21, "waited");

        await Bot.SetWebhook(receiver.Url.ToString());

        var delivery = await receiver.NextAsync(Patience);
        Assert.That(JsonSerializer.Deserialize<Update>(delivery.Body, JsonBotAPI.Options)!.Id, Is.EqualTo(id));
    }

    [Test]
    public async Task Webhook_AnsweringAnError_GetsTheUpdateAgain()
    {
        await using var receiver = await WebhookReceiver.StartAsync(failFirst: 1);
        await Bot.SetWebhook(receiver.Url.ToString());

        Fake.SendText(21, "retry me");

        var first = await receiver.NextAsync(Patience);
        var second = await receiver.NextAsync(Patience);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.AnsweredStatus, Is.EqualTo(500));
            Assert.That(second.AnsweredStatus, Is.EqualTo(200));
            Assert.That(second.Body, Is.EqualTo(first.Body));
        }
    }

    [Test]
    public async Task SetWebhook_MakesGetUpdatesAConflict()
    {
        await Bot.SetWebhook("https://bot.example.org/hook");

        var exception = Assert.ThrowsAsync<ApiRequestException>(() => Bot.GetUpdates());

        Assert.That(exception.ErrorCode, Is.EqualTo(409));
        Assert.That(exception.Message, Does.StartWith("Conflict: can't use getUpdates method while webhook is active"));
    }

    [Test]
    public async Task DeleteWebhook_IsCountedAndPollingWorksAgain()
    {
        await Bot.SetWebhook("https://bot.example.org/hook");

        await Bot.DeleteWebhook();
        var updates = await Bot.GetUpdates();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Fake.DeleteWebhookCalls, Is.EqualTo(1));
            Assert.That(Fake.WebhookUrl, Is.Null);
            Assert.That(updates, Is.Empty);
        }
    }

    [Test]
    public async Task GetWebhookInfo_ReportsTheUrlAndPendingUpdates()
    {
        // Nothing listens there: the update stays pending.
        await Bot.SetWebhook("http://127.0.0.1:9/hook", maxConnections: 5);
        Fake.SendText(1, "stuck");

        var info = await Bot.GetWebhookInfo();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(info.Url, Is.EqualTo("http://127.0.0.1:9/hook"));
            Assert.That(info.PendingUpdateCount, Is.EqualTo(1));
            Assert.That(info.MaxConnections, Is.EqualTo(5));
        }
    }
}
