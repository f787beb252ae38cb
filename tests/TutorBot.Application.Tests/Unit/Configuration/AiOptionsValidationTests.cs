using TutorBot.Application.Tutoring;

namespace TutorBot.Application.Tests.Unit.Configuration;

public sealed class AiOptionsValidationTests
{
    private readonly AiOptionsValidation _validation = new();

    [Test]
    public void Validate_Defaults_AreTheOfflineTutor_AndSucceed()
    {
        var options = new AiOptions();

        Assert.That(options.Provider, Is.EqualTo(AiProvider.Offline));
        Assert.That(_validation.Validate(null, options).Succeeded, Is.True);
    }

    [TestCase("https://api.openai.com/v1")]
    [TestCase("http://localhost:11434/v1/")]
    public void Validate_OpenAIWithEndpointAndModel_Succeeds(string endpoint)
    {
        var options = new AiOptions { Provider = AiProvider.OpenAI, Endpoint = endpoint, Model = "llama3.1" };

        Assert.That(_validation.Validate(null, options).Succeeded, Is.True);
    }

    [TestCase(null, "Ai:Endpoint must be an http(s) address")]
    [TestCase("localhost:11434/v1", "Ai:Endpoint must be an http(s) address")]
    [TestCase("ftp://example.org/v1", "Ai:Endpoint must be an http(s) address")]
    [TestCase("https://api.openai.com", "Ai:Endpoint must end with /v1")]
    [TestCase("https://api.openai.com/v1/chat/completions", "Ai:Endpoint must end with /v1")]
    public void Validate_OpenAIWithABadEndpoint_FailsSayingWhy(string? endpoint, string expected)
    {
        var result = _validation.Validate(null, new AiOptions { Provider = AiProvider.OpenAI, Endpoint = endpoint, Model = "m" });

        Assert.That(result.FailureMessage, Does.Contain(expected));
    }

    [Test]
    public void Validate_OpenAIWithoutAModel_Fails_AndNeverShowsTheKey()
    {
        var options = new AiOptions { Provider = AiProvider.OpenAI, Endpoint = "https://api.openai.com/v1", Model = " ", ApiKey = "sk-secret" };

        var result = _validation.Validate(null, options);

        Assert.That(result.FailureMessage, Does.Contain("Ai:Model is required").And.Not.Contain("sk-secret"));
    }

    [TestCase(0.5)]
    [TestCase(601)]
    public void Validate_TimeoutOutOfRange_Fails(double seconds)
    {
        var result = _validation.Validate(null, new AiOptions { Timeout = TimeSpan.FromSeconds(seconds) });

        Assert.That(result.FailureMessage, Does.Contain("Ai:Timeout"));
    }

    [Test]
    public void Validate_EveryProblemAtOnce_IsReportedTogether()
    {
        var options = new AiOptions { Provider = (AiProvider)7, ContextBudget = 10, DailyTokenQuota = -1, Timeout = TimeSpan.Zero };

        var result = _validation.Validate(null, options);

        Assert.That(result.Failures, Has.Exactly(4).Items);
        Assert.That(result.FailureMessage, Does.Contain("Ai:Provider").And.Contain("Ai:ContextBudget").And.Contain("Ai:DailyTokenQuota").And.Contain("Ai:Timeout"));
    }
}
