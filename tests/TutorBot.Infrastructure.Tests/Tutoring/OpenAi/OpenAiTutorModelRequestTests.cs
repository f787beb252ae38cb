using Microsoft.Extensions.AI;
using TutorBot.FakeOpenAI;
using TutorBot.Infrastructure.Tutoring.OpenAi;

namespace TutorBot.Infrastructure.Tests.Tutoring.OpenAi;

public sealed class OpenAiTutorModelRequestTests
{
    [Test]
    public async Task GetResponse_SendsTheConfiguredModelAndTheMessagesInOrder()
    {
        await using var host = await OpenAiModelHost.StartAsync();
        ChatMessage[] messages =
        [
            new(ChatRole.System, "You are TutorBot."),
            new(ChatRole.User, "What is 2/4 simplified?"),
            new(ChatRole.Assistant, "Divide both by 2."),
            new(ChatRole.User, "1/2?"),
        ];

        await host.Model.GetResponseAsync(messages, cancellationToken: new CancellationTokenSource(OpenAiModelHost.Patience).Token);

        var request = host.Fake.Requests.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(request.Model, Is.EqualTo(OpenAiModelHost.ModelName));
            Assert.That(request.Messages.Select(m => (m.Role, m.Content)), Is.EqualTo(new[]
            {
                ("system", "You are TutorBot."),
                ("user", "What is 2/4 simplified?"),
                ("assistant", "Divide both by 2."),
                ("user", "1/2?"),
            }));
            Assert.That(request.Stream, Is.False);
        }
    }

    [Test]
    public async Task GetResponse_SendsTheKeyAsTheBearerToken()
    {
        await using var host = await OpenAiModelHost.StartAsync();

        await host.AskAsync();

        Assert.That(host.Fake.Requests.Single().Authorization, Is.EqualTo("Bearer " + OpenAiModelHost.ApiKey));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public async Task GetResponse_WhenNoKeyIsConfigured_SendsAPlaceholderAndAnswers(string? key)
    {
        await using var host = await OpenAiModelHost.StartAsync(apiKey: key);

        var response = await host.AskAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Text, Is.EqualTo("The fake model's answer."));
            Assert.That(host.Fake.Requests.Single().BearerToken, Is.EqualTo(OpenAiTutorModelServices.PlaceholderApiKey));
        }
    }

    [Test]
    public async Task GetResponse_ReturnsTheAnswerAndTheUsageTheModelReports()
    {
        await using var host = await OpenAiModelHost.StartAsync();
        host.Fake.Enqueue(ModelOutcome.Answer("Halves are equal parts.", promptTokens: 120, completionTokens: 8));

        var response = await host.AskAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Text, Is.EqualTo("Halves are equal parts."));
            Assert.That(response.Usage?.InputTokenCount, Is.EqualTo(120));
            Assert.That(response.Usage?.OutputTokenCount, Is.EqualTo(8));
        }
    }

    [Test]
    public async Task Logs_EvenAtTraceLevelAndWithRetries_NeverContainTheKey()
    {
        await using var host = await OpenAiModelHost.StartAsync();
        host.Fake.FailNext(1, status: 503);

        await host.AskAsync();

        using (Assert.EnterMultipleScope())
        {
            // The retry is logged: proof that logging was on while the key went out twice.
            Assert.That(host.Logs.Lines, Has.Some.Contains("OnRetry"));
            Assert.That(host.Logs.Lines, Has.None.Contains(OpenAiModelHost.ApiKey));
        }
    }
}
