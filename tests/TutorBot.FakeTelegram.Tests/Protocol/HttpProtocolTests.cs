using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace TutorBot.FakeTelegram.Tests.Protocol;

/// <summary>What the raw HTTP exchange looks like, below the client library.</summary>
public sealed class HttpProtocolTests : FakeBotApiTestBase
{
    [Test]
    public async Task WrongToken_Is401Unauthorized()
    {
        var (status, body) = await PostAsync("bot999:wrong/getMe", string.Empty);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(body["ok"]!.GetValue<bool>(), Is.False);
            Assert.That(body["error_code"]!.GetValue<int>(), Is.EqualTo(401));
            Assert.That(body["description"]!.GetValue<string>(), Is.EqualTo("Unauthorized"));
        }
    }

    [Test]
    public async Task UnknownMethod_Is404()
    {
        var (status, body) = await PostAsync($"bot{Fake.Token}/sendHologram", "{}");

        Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(body["description"]!.GetValue<string>(), Is.EqualTo("Not Found: method not found"));
    }

    [Test]
    public async Task MethodNames_AreCaseInsensitive_AndRecordedCanonically()
    {
        var (status, body) = await PostAsync($"bot{Fake.Token}/GETME", string.Empty);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(body["result"]!["username"]!.GetValue<string>(), Is.EqualTo("tutor_test_bot"));
        Assert.That(Fake.Calls.Single().Method, Is.EqualTo("getMe"));
    }

    [Test]
    public async Task ParseMode_IsReadCaseInsensitively()
    {
        var (status, _) = await PostAsync($"bot{Fake.Token}/sendMessage", """{"chat_id":1,"text":"\u003Cb\u003Ehi\u003C/b\u003E","parse_mode":"html"}""");

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Fake.Sent.Single().ParseMode, Is.EqualTo("HTML"));
    }

    [Test]
    public async Task UnknownParseMode_IsRefused()
    {
        var (status, body) = await PostAsync($"bot{Fake.Token}/sendMessage", """{"chat_id":1,"text":"hi","parse_mode":"Bbcode"}""");

        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(body["description"]!.GetValue<string>(), Is.EqualTo("Bad Request: unsupported parse_mode"));
    }

    [Test]
    public async Task GetUpdates_AcceptsGetWithAQueryString()
    {
        var first = Fake.SendText(1, "a");
        var second = Fake.SendText(1, "b");

        using var response = await Http.GetAsync(new Uri(Fake.BaseUrl, $"/bot{Fake.Token}/getUpdates?offset={second}&timeout=0"));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.That(body["result"]!.AsArray().Select(u => u!["update_id"]!.GetValue<long>()), Is.EqualTo(new[] { second }));
        Assert.That(Fake.ConfirmedOffset, Is.EqualTo(second), $"update {first} is confirmed");
    }

    [Test]
    public async Task Calls_RecordBodyAndStatus()
    {
        await PostAsync($"bot{Fake.Token}/sendMessage", """{"chat_id":1,"text":""}""");

        var call = Fake.Calls.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(call.Method, Is.EqualTo("sendMessage"));
            Assert.That(call.Body, Is.EqualTo("""{"chat_id":1,"text":""}"""));
            Assert.That(call.Status, Is.EqualTo(400));
        }
    }

    private async Task<(HttpStatusCode Status, JsonNode Body)> PostAsync(string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync(new Uri(Fake.BaseUrl, "/" + path), content);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
