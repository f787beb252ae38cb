using System.Net;
using System.Text;
using System.Text.Json;

namespace TutorBot.FakeOpenAI.Tests.Protocol;

public sealed class HttpProtocolTests : FakeModelServerTestBase
{
    [Test]
    public async Task Answer_HasTheChatCompletionShape()
    {
        Fake.SetDefaultAnswer("Shape.", promptTokens: 7, completionTokens: 2);

        using var http = new HttpClient();
        using var response = await PostAsync(http, """{"model":"m","messages":[{"role":"user","content":"hi"}]}""");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var root = json.RootElement;
        var choice = root.GetProperty("choices")[0];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
            Assert.That(root.GetProperty("object").GetString(), Is.EqualTo("chat.completion"));
            Assert.That(root.GetProperty("model").GetString(), Is.EqualTo("m"));
            Assert.That(root.GetProperty("created").GetInt64(), Is.Positive);
            Assert.That(choice.GetProperty("message").GetProperty("role").GetString(), Is.EqualTo("assistant"));
            Assert.That(choice.GetProperty("message").GetProperty("content").GetString(), Is.EqualTo("Shape."));
            Assert.That(choice.GetProperty("finish_reason").GetString(), Is.EqualTo("stop"));
            Assert.That(root.GetProperty("usage").GetProperty("total_tokens").GetInt32(), Is.EqualTo(9));
        }
    }

    [TestCase("not json")]
    [TestCase("""{"messages":[{"role":"user","content":"hi"}]}""")]
    [TestCase("""{"model":"m","messages":[]}""")]
    public async Task BadRequest_IsA400WithAnOpenAiError_AndIsRecorded(string body)
    {
        using var http = new HttpClient();
        using var response = await PostAsync(http, body);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(json.RootElement.GetProperty("error").GetProperty("type").GetString(), Is.EqualTo("invalid_request_error"));
            Assert.That(Fake.Requests.Single().Json, Is.EqualTo(body));
        }
    }

    [Test]
    public async Task OtherPaths_AreNotFound()
    {
        using var http = new HttpClient();
        using var response = await http.GetAsync(new Uri(Fake.Endpoint + "/models"), Within(Patience));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private async Task<HttpResponseMessage> PostAsync(HttpClient http, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        return await http.PostAsync(new Uri(Fake.Endpoint + "/chat/completions"), content, Within(Patience));
    }
}
