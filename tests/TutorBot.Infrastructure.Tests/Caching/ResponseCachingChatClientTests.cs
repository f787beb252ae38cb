using Microsoft.Extensions.AI;
using TutorBot.Infrastructure.Caching;

namespace TutorBot.Infrastructure.Tests.Caching;

public sealed class ResponseCachingChatClientTests
{
    private CountingChatClient _model = null!;
    private ResponseCacheStore _store = null!;
    private ResponseCachingChatClient _client = null!;

    [SetUp]
    public void CreateClient()
    {
        _model = new CountingChatClient("tutor-model");
        _store = new ResponseCacheStore(500, TimeSpan.FromHours(1));
        _client = new ResponseCachingChatClient(_model, _store);
    }

    [TearDown]
    public void DisposeClient()
    {
        _client.Dispose();
        _model.Dispose();
    }

    [Test]
    public async Task GetResponse_ForAnIdenticalRequest_CallsTheModelOnce()
    {
        var first = await _client.GetResponseAsync(Conversation("What is a half of 8?"), Options());
        var second = await _client.GetResponseAsync(Conversation("What is a half of 8?"), Options());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_model.Calls, Is.EqualTo(1));
            Assert.That(second.Text, Is.EqualTo(first.Text));
            Assert.That(_store.Figures(), Is.EqualTo(new Application.Common.Interfaces.CacheFiguresDto("model-responses", 1, 1, 0, 1, 500)));
        }
    }

    [Test]
    public async Task GetResponse_FromTheCache_IsAFreshCopyWithoutUsage()
    {
        await _client.GetResponseAsync(Conversation("What is a half of 8?"), Options());

        var cached = await _client.GetResponseAsync(Conversation("What is a half of 8?"), Options());
        cached.Messages[0].Contents.Clear();
        var again = await _client.GetResponseAsync(Conversation("What is a half of 8?"), Options());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(cached.Usage, Is.Null, "no tokens were spent on a cached answer");
            Assert.That(again.Text, Is.EqualTo("answer 1"), "a caller's change does not reach the next caller");
        }
    }

    [Test]
    public async Task GetResponse_WhenOneMessageDiffers_CallsTheModelAgain()
    {
        await _client.GetResponseAsync(Conversation("What is a half of 8?"), Options());
        await _client.GetResponseAsync(Conversation("What is a half of 9?"), Options());

        Assert.That(_model.Calls, Is.EqualTo(2));
    }

    [Test]
    public async Task GetResponse_WhenTheRoleOfAMessageDiffers_CallsTheModelAgain()
    {
        await _client.GetResponseAsync([new ChatMessage(ChatRole.User, "Fractions, please.")], Options());
        await _client.GetResponseAsync([new ChatMessage(ChatRole.Assistant, "Fractions, please.")], Options());

        Assert.That(_model.Calls, Is.EqualTo(2));
    }

    [Test]
    public async Task GetResponse_WhenTheMessagesComeInAnotherOrder_CallsTheModelAgain()
    {
        await _client.GetResponseAsync([new ChatMessage(ChatRole.User, "first"), new ChatMessage(ChatRole.User, "second")], Options());
        await _client.GetResponseAsync([new ChatMessage(ChatRole.User, "second"), new ChatMessage(ChatRole.User, "first")], Options());

        Assert.That(_model.Calls, Is.EqualTo(2));
    }

    [TestCase("model")]
    [TestCase("temperature")]
    [TestCase("max tokens")]
    [TestCase("prompt version")]
    [TestCase("instructions")]
    public async Task GetResponse_WhenAnOptionThatMattersDiffers_CallsTheModelAgain(string option)
    {
        var changed = Options();
        switch (option)
        {
            case "model": changed.ModelId = "another-model"; break;
            case "temperature": changed.Temperature = 0.9f; break;
            case "max tokens": changed.MaxOutputTokens = 801; break;
            case "prompt version": changed.AdditionalProperties![ResponseCachingChatClient.PromptVersionKey] = "tutor-2"; break;
            case "instructions": changed.Instructions = "Be brief."; break;
        }

        await _client.GetResponseAsync(Conversation("What is a half of 8?"), Options());
        await _client.GetResponseAsync(Conversation("What is a half of 8?"), changed);

        Assert.That(_model.Calls, Is.EqualTo(2));
    }

    [Test]
    public async Task GetResponse_WithTheClientsDefaultModelNamedOrNot_IsOneRequest()
    {
        var named = Options();
        named.ModelId = "tutor-model";
        var unnamed = Options();
        unnamed.ModelId = null;

        await _client.GetResponseAsync(Conversation("What is a half of 8?"), named);
        await _client.GetResponseAsync(Conversation("What is a half of 8?"), unnamed);

        Assert.That(_model.Calls, Is.EqualTo(1));
    }

    [Test]
    public async Task GetResponse_ThroughTwoModelsSharingTheStore_DoesNotShareAnswers()
    {
        using var otherModel = new CountingChatClient("another-model");
        using var other = new ResponseCachingChatClient(otherModel, _store);

        await _client.GetResponseAsync(Conversation("What is a half of 8?"));
        await other.GetResponseAsync(Conversation("What is a half of 8?"));

        Assert.That((_model.Calls, otherModel.Calls), Is.EqualTo((1, 1)));
    }

    [TestCase("")]
    [TestCase("  \n")]
    public async Task GetResponse_WhenTheAnswerHasNoText_IsNeverCached(string text)
    {
        _model.Answer = _ => new ChatResponse(new ChatMessage(ChatRole.Assistant, text));

        await _client.GetResponseAsync(Conversation("What is a half of 8?"), Options());
        await _client.GetResponseAsync(Conversation("What is a half of 8?"), Options());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_model.Calls, Is.EqualTo(2));
            Assert.That(_store.Figures().Size, Is.Zero);
        }
    }

    [Test]
    public async Task GetResponse_WhenTheAnswerCallsATool_IsNeverCached()
    {
        _model.Answer = _ => new ChatResponse(new ChatMessage(ChatRole.Assistant,
            [new TextContent("Let me look."), new FunctionCallContent("call-1", "search")]));

        await _client.GetResponseAsync(Conversation("What is a half of 8?"), Options());
        await _client.GetResponseAsync(Conversation("What is a half of 8?"), Options());

        Assert.That(_model.Calls, Is.EqualTo(2));
    }

    [Test]
    public async Task GetResponse_WhenARequestHoldsMoreThanText_IsNotCached()
    {
        ChatMessage[] withImage = [new ChatMessage(ChatRole.User, [new TextContent("What is this?"), new UriContent("https://example.org/a.png", "image/png")])];

        await _client.GetResponseAsync(withImage, Options());
        await _client.GetResponseAsync(withImage, Options());

        Assert.That(_model.Calls, Is.EqualTo(2));
    }

    private static ChatMessage[] Conversation(string question) =>
    [
        new(ChatRole.System, "You are a patient maths tutor."),
        new(ChatRole.User, "Hello, I want to learn fractions."),
        new(ChatRole.Assistant, "Let us start with halves."),
        new(ChatRole.User, question),
    ];

    private static ChatOptions Options() => new()
    {
        ModelId = "tutor-model",
        Temperature = 0.2f,
        MaxOutputTokens = 800,
        AdditionalProperties = new AdditionalPropertiesDictionary { [ResponseCachingChatClient.PromptVersionKey] = "tutor-1" },
    };
}
