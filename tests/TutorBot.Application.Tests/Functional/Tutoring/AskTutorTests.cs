using Microsoft.Extensions.DependencyInjection;
using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Application.Lessons;
using TutorBot.Application.Tests.Functional.Lessons;
using TutorBot.Application.Tutoring.AskTutor;
using TutorBot.Application.Tutoring.RecordTutorAnswer;
using TutorBot.Domain.Conversations;
using TutorBot.Domain.Teaching;
using TutorBot.FakeOpenAI;

namespace TutorBot.Application.Tests.Functional.Tutoring;

/// <summary>AskTutor on a real database, with the offline tutor or the real OpenAI client against the fake model server.</summary>
public sealed class AskTutorTests : LessonTest
{
    private FakeModelServer _model = null!;

    [SetUp]
    public async Task StartModelAsync() => _model = await FakeModelServer.StartAsync();

    [TearDown]
    public async Task StopModelAsync() => await _model.DisposeAsync();

    [Test]
    public async Task Offline_ByDefault_AnswersFromTheCourse_NamingTheLessonToOpen()
    {
        await StartWithCourseAsync();
        await RegisterAsync(Ann);

        var answer = await SendAsync(new AskTutorQuery(Ann, "What is the numerator of a fraction?"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Source, Is.EqualTo(TutorSource.Offline));
            Assert.That(answer.Text, Does.Contain("Offline tutor").And.Contain("/lesson 1"));
            Assert.That((answer.InputTokens, answer.OutputTokens), Is.EqualTo((0L, 0L)));
        }
    }

    [Test]
    public async Task Offline_InAnExercise_NeverQuotesThatExercisesOwnExplanation()
    {
        var open = new TextExercise("top", "Name the top part of a fraction.", 10, null, "The top part is called the numerator.", "numerator", []);
        await StartWithCourseAsync(SmallCourse(open, Choice()));
        await RegisterAsync(Ann, 8);
        await SendAsync(new StartLessonCommand(Ann, 1));
        const string Question = "What is the top part of a fraction called?";

        var inTheExercise = await SendAsync(new AskTutorQuery(Ann, Question));
        var someoneElse = await SendAsync(new AskTutorQuery(8, Question));

        Assert.That(inTheExercise.Text, Does.Not.Contain("The top part is called the numerator."));
        Assert.That(someoneElse.Text, Does.Contain("The top part is called the numerator."), "outside the exercise, its explanation is fair game");
    }

    [Test]
    public async Task Model_GetsTheInstructionsTheConversationInOrderAndTheQuestion_AndItsAnswerAndTokensComeBack()
    {
        await StartWithModelAsync();
        await RegisterAsync(Ann);
        await SendAsync(new RecordTutorAnswerCommand(Ann, "I am stuck on fractions today.", "Let us look at them together.", 0, 0));
        await SendAsync(AddMessageCommand.FromStudent(Ann, "What is a numerator exactly?", MessageIntent.Question));
        _model.SetDefaultAnswer("The number on top.", promptTokens: 120, completionTokens: 7);

        var answer = await SendAsync(new AskTutorQuery(Ann, "What is a numerator exactly?"));

        var sent = _model.Requests.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer, Is.EqualTo(new TutorAnswerDto("The number on top.", TutorSource.Model, 120, 7)));
            Assert.That(sent.Model, Is.EqualTo("tutor-test-model"));
            Assert.That(sent.Messages.Select(m => m.Role), Is.EqualTo(new[] { "system", "user", "assistant", "user" }));
            Assert.That(sent.Messages.Skip(1).Select(m => m.Content), Is.EqualTo(new[]
            {
                "I am stuck on fractions today.", "Let us look at them together.", "What is a numerator exactly?",
            }));
            Assert.That(sent.Messages[0].Content, Does.Contain("You are TutorBot"));
        }
    }

    [Test]
    public async Task Model_InAnExercise_SeesTheExerciseButNotItsAnswer()
    {
        await StartWithModelAsync();
        await RegisterAsync(Ann);
        await SendAsync(new StartLessonCommand(Ann, 1));
        await SendAsync(new SubmitAnswerCommand(Ann, "1"));

        await SendAsync(new AskTutorQuery(Ann, "Can you help me with this one?"));

        var system = _model.Requests.Single().Messages[0].Content;
        Assert.That(system, Does.Contain("The top of a fraction is the…?").And.Contain("lesson 1. Basics"));
        Assert.That(system, Does.Not.Contain("numerator"), "the open exercise's answer");
    }

    [TestCase(500)]
    [TestCase(429)]
    public async Task Model_FailingEveryTry_TheOfflineTutorAnswersWithANote(int status)
    {
        await StartWithModelAsync();
        await RegisterAsync(Ann);
        _model.FailNext(10, status);

        var answer = await SendAsync(new AskTutorQuery(Ann, "What is the numerator of a fraction?"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Source, Is.EqualTo(TutorSource.Offline));
            Assert.That(answer.Text, Does.StartWith(AskTutorQueryHandler.UnavailableNote).And.Contain("/lesson 1"));
            Assert.That(_model.CallCount, Is.GreaterThan(1), "retried before giving up");
        }
    }

    [Test]
    public async Task Model_AnsweringGarbageOrNothing_TheOfflineTutorAnswers()
    {
        await StartWithModelAsync();
        await RegisterAsync(Ann);
        _model.Enqueue(ModelOutcome.MalformedJson);
        _model.Enqueue(ModelOutcome.EmptyContent);

        var garbage = await SendAsync(new AskTutorQuery(Ann, "What is a numerator?"));
        var nothing = await SendAsync(new AskTutorQuery(Ann, "What is a numerator?"));

        Assert.That(new[] { garbage.Source, nothing.Source }, Has.All.EqualTo(TutorSource.Offline));
        Assert.That(nothing.Text, Does.StartWith(AskTutorQueryHandler.UnavailableNote));
    }

    [Test]
    public async Task Model_TheSameRequestTwice_IsAnsweredFromTheCache_ADifferentOneIsNot()
    {
        await StartWithModelAsync();
        await RegisterAsync(Ann, 8);

        var first = await SendAsync(new AskTutorQuery(Ann, "What is a numerator?"));
        var again = await SendAsync(new AskTutorQuery(Ann, "What is a numerator?"));
        var otherStudentSameQuestion = await SendAsync(new AskTutorQuery(8, "What is a numerator?"));
        var otherQuestion = await SendAsync(new AskTutorQuery(Ann, "What is a denominator?"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_model.CallCount, Is.EqualTo(2), "the first question, then the different one");
            Assert.That(again with { InputTokens = first.InputTokens, OutputTokens = first.OutputTokens }, Is.EqualTo(first));
            Assert.That((again.InputTokens, again.OutputTokens), Is.EqualTo((0L, 0L)), "a cached answer costs no tokens");
            Assert.That(otherStudentSameQuestion.Text, Is.EqualTo(first.Text), "an identical first question in the same state");
            Assert.That(otherQuestion.Source, Is.EqualTo(TutorSource.Model));
        }
    }

    [Test]
    public async Task Quota_UsedUp_TheOfflineTutorAnswersAndSaysWhy_WithoutCallingTheModel()
    {
        await StartWithModelAsync(quota: 100);
        await RegisterAsync(Ann);
        await SendAsync(new RecordTutorAnswerCommand(Ann, "An earlier question?", "An earlier answer.", 90, 10));

        var answer = await SendAsync(new AskTutorQuery(Ann, "What is a numerator?"));

        Assert.That((answer.Source, _model.CallCount), Is.EqualTo((TutorSource.Offline, 0)));
        Assert.That(answer.Text, Does.StartWith(AskTutorQueryHandler.QuotaNote));
    }

    [Test]
    public async Task Quota_NotYetUsedUp_TheModelAnswers()
    {
        await StartWithModelAsync(quota: 100);
        await RegisterAsync(Ann);
        await SendAsync(new RecordTutorAnswerCommand(Ann, "An earlier question?", "An earlier answer.", 90, 9));

        var answer = await SendAsync(new AskTutorQuery(Ann, "What is a numerator?"));

        Assert.That((answer.Source, _model.CallCount), Is.EqualTo((TutorSource.Model, 1)));
    }

    [Test]
    public async Task Model_AnswerLongerThanTheMessageLimit_IsCutAtASentence()
    {
        await StartWithModelAsync();
        await RegisterAsync(Ann);
        _model.SetDefaultAnswer(string.Concat(Enumerable.Repeat("A numerator counts the parts. ", 300)));

        var answer = await SendAsync(new AskTutorQuery(Ann, "What is a numerator?"));

        Assert.That(answer.Text, Has.Length.LessThanOrEqualTo(5000).And.EndWith("[The answer was too long and was cut here.]"));
    }

    [Test]
    public async Task Model_ForAStudentNotRegisteredYet_AnswersWithAnEmptyConversation()
    {
        await StartWithModelAsync();
        _model.SetDefaultAnswer("Welcome! A numerator is the top number.");

        var answer = await SendAsync(new AskTutorQuery(404, "What is a numerator?"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Source, Is.EqualTo(TutorSource.Model));
            Assert.That(_model.Requests.Single().Messages.Select(m => m.Role), Is.EqualTo(new[] { "system", "user" }));
        }
    }

    [TestCase("", "empty", TestName = "Ask_EmptyQuestion_IsRefusedBeforeTheModelIsAsked")]
    [TestCase("hi", "at least 10 characters", TestName = "Ask_QuestionTooShortToStore_IsRefusedBeforeTheModelIsAsked")]
    [TestCase("What is \u0007 this?", "control characters", TestName = "Ask_QuestionWithControlCharacters_IsRefusedBeforeTheModelIsAsked")]
    public async Task Ask_QuestionThatCouldNotBeStored_IsRefusedBeforeTheModelIsAsked(string question, string reason)
    {
        await StartWithModelAsync();
        await RegisterAsync(Ann);

        Assert.That(() => SendAsync(new AskTutorQuery(Ann, System.Text.RegularExpressions.Regex.Unescape(question))),
            Throws.TypeOf<Common.Exceptions.ValidationException>().With.Message.Contain(reason));
        Assert.That(_model.CallCount, Is.Zero);
    }

    private Task<Testing.PipelineHost> StartWithModelAsync(long quota = 0) =>
        StartAsync(
            new Dictionary<string, string?>
            {
                ["Ai:Provider"] = "OpenAI",
                ["Ai:Endpoint"] = _model.Endpoint.ToString(),
                ["Ai:Model"] = "tutor-test-model",
                ["Ai:Timeout"] = "00:00:05",
                ["Ai:DailyTokenQuota"] = quota.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            // The system clock: the resilience pipeline waits on the registered TimeProvider, and a fake one never moves.
            services => services.AddSingleton(SmallCourse()));
}
