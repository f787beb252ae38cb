using Microsoft.Extensions.AI;

namespace TutorBot.FakeOpenAI.Tests.Protocol;

public sealed class AnswerTests : FakeModelServerTestBase
{
    [Test]
    public async Task Unscripted_GetsTheDefaultAnswerWithItsUsage()
    {
        Fake.SetDefaultAnswer("Default reply.", promptTokens: 21, completionTokens: 4);

        var response = await AskAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Text, Is.EqualTo("Default reply."));
            Assert.That(response.Messages.Single().Role, Is.EqualTo(ChatRole.Assistant));
            Assert.That(response.FinishReason, Is.EqualTo(ChatFinishReason.Stop));
            Assert.That(response.ModelId, Is.EqualTo(ModelName));
            Assert.That(response.ResponseId, Does.StartWith("chatcmpl-"));
            Assert.That(response.Usage?.InputTokenCount, Is.EqualTo(21));
            Assert.That(response.Usage?.OutputTokenCount, Is.EqualTo(4));
            Assert.That(response.Usage?.TotalTokenCount, Is.EqualTo(25));
        }
    }

    [Test]
    public async Task ScriptedAnswers_AreUsedInOrder_ThenTheDefault()
    {
        Fake.SetDefaultAnswer("default");
        Fake.Enqueue(ModelOutcome.Answer("first", 1, 2));
        Fake.Enqueue(ModelOutcome.Answer("second", 3, 4));

        var first = await AskAsync();
        var second = await AskAsync();
        var third = await AskAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(new[] { first.Text, second.Text, third.Text }, Is.EqualTo(new[] { "first", "second", "default" }));
            Assert.That(second.Usage?.InputTokenCount, Is.EqualTo(3));
            Assert.That(second.Usage?.OutputTokenCount, Is.EqualTo(4));
            Assert.That(Fake.PendingOutcomes, Is.Zero);
        }
    }

    [Test]
    public async Task Enqueue_Times_RepeatsTheOutcome()
    {
        Fake.Enqueue(ModelOutcome.Answer("again"), times: 2);

        var answers = new[] { (await AskAsync()).Text, (await AskAsync()).Text, (await AskAsync()).Text };

        Assert.That(answers, Is.EqualTo(new[] { "again", "again", "The fake model's answer." }));
    }

    [Test]
    public async Task Delay_AnswersAfterwards_WithTheScriptedOrDefaultAnswer()
    {
        Fake.Enqueue(ModelOutcome.Delay(TimeSpan.FromMilliseconds(50), ModelOutcome.Answer("late")));
        Fake.Enqueue(ModelOutcome.Delay(TimeSpan.FromMilliseconds(50)));

        var late = await AskAsync();
        var lateDefault = await AskAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(late.Text, Is.EqualTo("late"));
            Assert.That(lateDefault.Text, Is.EqualTo("The fake model's answer."));
        }
    }

    [Test]
    public async Task ConcurrentCalls_EachScriptedOutcomeIsUsedExactlyOnce()
    {
        Fake.Enqueue(ModelOutcome.Answer("scripted"), times: 10);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => AskAsync())));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(responses.Count(r => r.Text == "scripted"), Is.EqualTo(10));
            Assert.That(responses.Count(r => r.Text == "The fake model's answer."), Is.EqualTo(10));
            Assert.That(Fake.CallCount, Is.EqualTo(20));
            Assert.That(Fake.Requests.Select(r => r.Json).Distinct().Count(), Is.EqualTo(1));
        }
    }
}
