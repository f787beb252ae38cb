using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using TutorBot.Host.Telegram.Receiving;
using TutorBot.Host.Tests.Tutoring;

namespace TutorBot.Host.Tests.Telegram.EndToEnd;

public sealed class WebhookTests
{
    private const string Secret = "webhook-secret_42";

    [Test]
    public async Task Webhook_IsRegisteredWithTheSecret_AndUpdatesAreAnswered()
    {
        await using var webhook = await StartAsync();

        webhook.Scenario.Fake.SendText(5, StudentText.Message(5, 1), fromUserId: 5);
        var sent = await webhook.Scenario.WaitForSentAsync(1);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(webhook.Scenario.Fake.WebhookUrl, Is.EqualTo(webhook.Url));
            Assert.That(webhook.Scenario.Fake.WebhookSecret, Is.EqualTo(Secret));
            Assert.That(sent[0].Text, Does.StartWith(OfflineTutorText.AnswerStart));
        }
    }

    [TestCase(null, HttpStatusCode.Unauthorized)]
    [TestCase("not-the-secret", HttpStatusCode.Forbidden)]
    public async Task RequestWithoutTheRightSecret_IsRefused_AndStoresNothing(string? secret, HttpStatusCode expected)
    {
        await using var webhook = await StartAsync();

        var response = await webhook.PostAsync(UpdateJson(1), secret);

        Assert.That(response.StatusCode, Is.EqualTo(expected));
        Assert.That(webhook.Scenario.Database.Scalar("SELECT COUNT(*) FROM InboxUpdates"), Is.Zero);
    }

    [TestCase("{not json")]
    [TestCase("[]")]
    [TestCase("""{"message": {"text": "no update id"}}""")]
    [TestCase("""{"update_id": "12"}""")]
    [TestCase("""{"update_id": -5}""")]
    public async Task MalformedUpdate_IsRefusedWith400_AndStoresNothing(string body)
    {
        await using var webhook = await StartAsync();

        var response = await webhook.PostAsync(body, Secret);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(webhook.Scenario.Database.Scalar("SELECT COUNT(*) FROM InboxUpdates"), Is.Zero);
    }

    [Test]
    public async Task UpdatePostedTwice_IsStoredAndAnsweredOnce()
    {
        await using var webhook = await StartAsync();

        var first = await webhook.PostAsync(UpdateJson(500), Secret);
        var again = await webhook.PostAsync(UpdateJson(500), Secret);
        await webhook.Scenario.WaitForSentAsync(1);
        await TelegramScenario.WaitUntilAsync(() => webhook.Scenario.Database.Scalar("SELECT COUNT(*) FROM InboxUpdates WHERE ProcessedAtUtc IS NOT NULL") == 1);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK), "Telegram must stop resending it");
            Assert.That(webhook.Scenario.Fake.SentTo(77), Has.Count.EqualTo(1));
            Assert.That(webhook.Scenario.Database.Scalar("SELECT COUNT(*) FROM InboxUpdates"), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Healthz_ReportsDatabaseAndTelegram()
    {
        await using var webhook = await StartAsync();

        using var response = await webhook.Http.GetAsync(new Uri(webhook.Listen, "/healthz"));
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(report.RootElement.GetProperty("status").GetString(), Is.EqualTo("Healthy"));
            Assert.That(report.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString(), Is.EqualTo("Healthy"));
            Assert.That(report.RootElement.GetProperty("checks").GetProperty("telegram").GetProperty("description").GetString(), Does.StartWith("webhook"));
        }
    }

    private static string UpdateJson(long updateId) =>
        $$$"""{"update_id": {{{updateId}}}, "message": {"message_id": 1, "date": 1700000000, "chat": {"id": 77, "type": "private"}, "from": {"id": 77, "is_bot": false, "first_name": "Web"}, "text": "A message posted straight to the webhook."}}""";

    private static async Task<RunningWebhook> StartAsync()
    {
        var port = FreePort();
        var listen = new Uri($"http://127.0.0.1:{port}");
        var url = new Uri(listen, "/telegram/updates");
        var scenario = await TelegramScenario.StartWithoutLimitsAsync(
            $"--Telegram:WebhookUrl={url}", $"--Telegram:WebhookSecret={Secret}", $"--Telegram:ListenUrl={listen}");
        await TelegramScenario.WaitUntilAsync(() => scenario.Fake.WebhookUrl is not null);
        return new RunningWebhook(scenario, listen, url.ToString());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class RunningWebhook(TelegramScenario scenario, Uri listen, string url) : IAsyncDisposable
    {
        public TelegramScenario Scenario => scenario;

        public Uri Listen => listen;

        public string Url => url;

        public HttpClient Http { get; } = new();

        public async Task<HttpResponseMessage> PostAsync(string body, string? secret)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            if (secret is not null)
            {
                request.Headers.Add(WebhookServer.SecretHeader, secret);
            }

            return await Http.SendAsync(request);
        }

        public async ValueTask DisposeAsync()
        {
            Http.Dispose();
            await scenario.DisposeAsync();
        }
    }
}
