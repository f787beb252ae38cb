using Microsoft.Data.Sqlite;
using TutorBot.FakeOpenAI;
using TutorBot.Host.Tests.Telegram.EndToEnd;

namespace TutorBot.Host.Tests.Tutoring;

/// <summary>
/// Questions through the whole bot: the fake Bot API, the real Telegram.Bot client, the real OpenAI client against the
/// fake model server, a real database file.
/// </summary>
public sealed class TutorThroughTelegramTests
{
    private const long Chat = 5;
    private const string Question = "How do I add fractions with different denominators?";

    private FakeModelServer _model = null!;

    [SetUp]
    public async Task StartModelAsync() => _model = await FakeModelServer.StartAsync();

    [TearDown]
    public async Task StopModelAsync() => await _model.DisposeAsync();

    [Test]
    public async Task Question_WithNoConfiguration_GetsTheOfflineTutorsAnswer_NamingALesson()
    {
        await using var scenario = await TelegramScenario.StartWithoutLimitsAsync();

        scenario.Fake.SendText(Chat, Question, fromUserId: Chat);
        var reply = (await scenario.WaitForSentAsync(1)).Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reply.Text, Does.StartWith(OfflineTutorText.AnswerStart).And.Contain("send /lesson 1"));
            Assert.That(StudentText.Conversation(scenario.Database, Chat), Is.EqualTo(new[] { $"question: {Question}", "answer" }));
            Assert.That(_model.CallCount, Is.Zero);
        }
    }

    [Test]
    public async Task Question_WithTheModelConfigured_GetsTheModelsAnswer_AndItsTokensAreCounted()
    {
        _model.SetDefaultAnswer("Find a common denominator first, then add the numerators.", promptTokens: 40, completionTokens: 12);
        await using var scenario = await StartWithModelAsync();

        scenario.Fake.SendText(Chat, Question, fromUserId: Chat);
        var reply = (await scenario.WaitForSentAsync(1)).Single();

        var request = _model.Requests.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(reply.Text, Is.EqualTo("Find a common denominator first, then add the numerators."));
            Assert.That(request.Messages.Select(m => m.Role), Is.EqualTo(new[] { "system", "user" }));
            Assert.That(request.Messages[^1].Content, Is.EqualTo(Question));
            Assert.That(StudentText.Conversation(scenario.Database, Chat), Is.EqualTo(new[] { $"question: {Question}", "answer" }));
            Assert.That(scenario.Database.Scalar($"SELECT InputTokens * 1000 + OutputTokens FROM TutorUsage WHERE StudentId = {Chat}"), Is.EqualTo(40_012));
        }
    }

    [Test]
    public async Task Question_WhileTheModelFails_StillGetsAnAnswer_FromTheOfflineTutor()
    {
        _model.FailNext(times: 100, status: 503);
        await using var scenario = await StartWithModelAsync();

        scenario.Fake.SendText(Chat, Question, fromUserId: Chat);
        var reply = (await scenario.WaitForSentAsync(1)).Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reply.Text, Does.StartWith(OfflineTutorText.UnavailableNote).And.Contain(OfflineTutorText.AnswerStart));
            Assert.That(_model.CallCount, Is.EqualTo(3), "the first try and two retries");
            Assert.That(StudentText.Conversation(scenario.Database, Chat), Is.EqualTo(new[] { $"question: {Question}", "answer" }));
            Assert.That(scenario.Database.Scalar("SELECT COUNT(*) FROM TutorUsage"), Is.Zero);
        }
    }

    [Test]
    public async Task WhileTheModelThinks_NoTransactionIsOpen_AndOtherChatsAreAnswered()
    {
        // Long enough that the checks below surely run while the model still "thinks"; nothing waits for it to pass.
        _model.Enqueue(ModelOutcome.Delay(TimeSpan.FromSeconds(15), ModelOutcome.Answer("Worth the wait.")));
        await using var scenario = await StartWithModelAsync("--Ai:Timeout=00:02:00");

        scenario.Fake.SendText(Chat, Question, fromUserId: Chat);
        await _model.WaitForCallsAsync(1, TelegramScenario.Patience);
        scenario.Fake.SendText(6, "/lessons", fromUserId: 6);
        await scenario.WaitForSentAsync(1);

        // "typing…" starts after a second without a reply.
        await TelegramScenario.WaitUntilAsync(() => scenario.Fake.ChatActions.Any(a => a.ChatId == Chat));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scenario.Fake.SentTo(6), Has.Count.EqualTo(1), "another chat is not held up");
            Assert.That(scenario.Fake.SentTo(Chat), Is.Empty, "the question is still with the model");
            Assert.That(CanTakeTheWriteLock(scenario), Is.True, "nobody holds the database's write lock while the model thinks");
            Assert.That(scenario.Fake.ChatActions.First(a => a.ChatId == Chat).Action, Is.EqualTo("typing"));
        }

        Assert.That((await scenario.WaitForSentAsync(2)).Single(m => m.ChatId == Chat).Text, Is.EqualTo("Worth the wait."));
    }

    private Task<TelegramScenario> StartWithModelAsync(params string[] settings) =>
        TelegramScenario.StartWithoutLimitsAsync(
        [
            "--Ai:Provider=OpenAI",
            $"--Ai:Endpoint={_model.Endpoint}",
            "--Ai:Model=fake-tutor",
            "--Ai:Timeout=00:00:10",
            .. settings,
        ]);

    /// <summary>A writer that does not wait: it gets the lock only when no transaction of the bot holds it.</summary>
    private static bool CanTakeTheWriteLock(TelegramScenario scenario)
    {
        using var connection = new SqliteConnection(scenario.Database.ConnectionString + ";Default Timeout=0");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout = 0; BEGIN IMMEDIATE; ROLLBACK;";
        try
        {
            command.ExecuteNonQuery();
            return true;
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 5)
        {
            return false;
        }
    }
}
