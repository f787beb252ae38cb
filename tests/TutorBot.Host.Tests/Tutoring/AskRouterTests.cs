using TutorBot.FakeOpenAI;
using TutorBot.Host.Tests.Bot;
using TutorBot.Host.Tests.Lessons;

namespace TutorBot.Host.Tests.Tutoring;

/// <summary>Questions for the tutor through the router, with the real OpenAI client against the fake model server.</summary>
public sealed class AskRouterTests
{
    private const long Student = 5;

    private FakeModelServer _model = null!;
    private RouterHost _host = null!;

    [SetUp]
    public async Task StartAsync()
    {
        _model = await FakeModelServer.StartAsync();
        _host = await RouterHost.StartAsync(
            "--Ai:Provider=OpenAI", $"--Ai:Endpoint={_model.Endpoint}", "--Ai:Model=fake-tutor", "--Ai:Timeout=00:00:10");
    }

    [TearDown]
    public async Task StopAsync()
    {
        await _host.DisposeAsync();
        await _model.DisposeAsync();
    }

    [Test]
    public async Task Ask_DuringAnExercise_TheModelSeesTheExerciseButNotItsExplanation_AndTheExerciseStaysOpen()
    {
        var exercise = ShippedLessons.First.Exercises[0];
        _model.SetDefaultAnswer("Think about what the bottom number counts.");
        await _host.ReplyAsync(Student, "/lesson 1");

        var answer = await _host.ReplyAsync(Student, "/ask what does the denominator mean here?");
        var graded = await _host.ReplyAsync(Student, ShippedLessons.RightAnswer(exercise));

        var instructions = _model.Requests.Single().Messages[0].Content;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Text, Is.EqualTo("Think about what the bottom number counts."));
            Assert.That(instructions, Does.Contain(exercise.Prompt.Trim()).And.Not.Contain(exercise.Explanation.Trim()));
            Assert.That(_model.Requests.Single().Messages[^1].Content, Is.EqualTo("what does the denominator mean here?"));
            Assert.That(graded.Text, Does.StartWith("Right!").And.Contain("Exercise 2 of 8"), "the question was not taken for the answer");
        }
    }

    [Test]
    public async Task Ask_WithoutAQuestion_SaysHowToAsk_AndNothingIsStoredOrAsked()
    {
        var reply = await _host.ReplyAsync(Student, "/ask");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reply.Text, Does.StartWith("Write your question after /ask"));
            Assert.That(_model.CallCount, Is.Zero);
            Assert.That(_host.Database.Scalar("SELECT COUNT(*) FROM ConversationMessages"), Is.Zero);
        }
    }

    [TestCase("hi", "at least 10 characters")]
    [TestCase("/ask hi", "at least 10 characters")]
    public async Task QuestionTooShort_GetsTheLimit_WithoutAskingTheModel_AndNothingIsStored(string text, string reason)
    {
        var reply = await _host.ReplyAsync(Student, text);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reply.Text, Does.Contain(reason));
            Assert.That(_model.CallCount, Is.Zero);
            Assert.That(_host.Database.Scalar("SELECT COUNT(*) FROM ConversationMessages"), Is.Zero);
        }
    }

    [Test]
    public async Task FollowUpQuestion_TheModelSeesTheEarlierQuestionAndAnswer_InOrder()
    {
        _model.Enqueue(ModelOutcome.Answer("A ratio compares two amounts."));
        _model.Enqueue(ModelOutcome.Answer("For example 2 : 3."));

        await _host.ReplyAsync(Student, "What is a ratio, in simple words?");
        var second = await _host.ReplyAsync(Student, "Could you give me an example?");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(second.Text, Is.EqualTo("For example 2 : 3."));
            Assert.That(_model.Requests[1].Messages.Skip(1).Select(m => (m.Role, m.Content)), Is.EqualTo(new[]
            {
                ("user", "What is a ratio, in simple words?"),
                ("assistant", "A ratio compares two amounts."),
                ("user", "Could you give me an example?"),
            }));
        }
    }
}
