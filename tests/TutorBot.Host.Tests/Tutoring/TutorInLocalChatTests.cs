using TutorBot.FakeOpenAI;
using TutorBot.Host.Tests.Cli;

namespace TutorBot.Host.Tests.Tutoring;

/// <summary>A question in local chat, as a new user runs it: <c>tutorbot chat</c> with piped input.</summary>
public sealed class TutorInLocalChatTests
{
    private const string Question = "how do I add two fractions with different denominators?";

    private TutorbotCli _cli = null!;

    [SetUp]
    public void CreateCli() => _cli = new TutorbotCli();

    [TearDown]
    public void DisposeCli() => _cli.Dispose();

    [Test]
    public async Task Question_WithNoConfiguration_GetsARelevantOfflineAnswer_NamingALesson()
    {
        var result = await _cli.RunWithInputAsync($"{Question}\n/context\n", "chat");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Replies[0], Does.StartWith(OfflineTutorText.AnswerStart).And.Contain("Lesson 1. Fractions — send /lesson 1"));
            Assert.That(result.Replies[1], Does.Contain($"1. You: {Question}").And.Contain("2. TutorBot: "));
            Assert.That(result.Error, Is.Empty, "nothing is logged on the way");
        }
    }

    [Test]
    public async Task Question_WithAModelConfigured_GetsTheModelsAnswer_AndWhenItFails_StillGetsOne()
    {
        await using var model = await FakeModelServer.StartAsync();
        model.Enqueue(ModelOutcome.Answer("Make the denominators equal first."));
        model.Enqueue(ModelOutcome.Status(500), times: 3);

        var result = await _cli.RunWithInputAsync(
            $"{Question}\nAnd what if one of them is a whole number?\n", "chat",
            "--Ai:Provider=OpenAI", $"--Ai:Endpoint={model.Endpoint}", "--Ai:Model=fake-tutor", "--Ai:ApiKey=sk-local-test-key");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Replies, Has.Count.EqualTo(2), result.Out);
            Assert.That(result.Replies[0], Is.EqualTo("Make the denominators equal first."));
            Assert.That(result.Replies[1], Does.StartWith(OfflineTutorText.UnavailableNote).And.Contain(OfflineTutorText.AnswerStart));
            Assert.That(model.Requests[0].BearerToken, Is.EqualTo("sk-local-test-key"));
            Assert.That(result.Out + result.Error, Does.Not.Contain("sk-local-test-key"), "the key is never shown");
            Assert.That(_cli.Database.Scalar("SELECT COUNT(*) FROM ConversationMessages"), Is.EqualTo(4));
        }
    }
}
