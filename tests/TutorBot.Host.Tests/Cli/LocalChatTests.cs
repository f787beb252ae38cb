using TutorBot.Host.Tests.Tutoring;

namespace TutorBot.Host.Tests.Cli;

/// <summary><c>tutorbot chat</c> with piped input: each line is a message from the student.</summary>
public sealed class LocalChatTests
{
    private const string LongMessage = "hello, I want to learn fractions";

    private TutorbotCli _cli = null!;

    [SetUp]
    public void CreateCli() => _cli = new TutorbotCli();

    [TearDown]
    public void DisposeCli() => _cli.Dispose();

    [Test]
    public async Task IssueScript_StoresTheLongMessage_RefusesTheShortOne_AndShowsTheContext()
    {
        var result = await _cli.RunWithInputAsync($"/start\n{LongMessage}\nhi\n/context\n", "chat", "--student", "7");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(result.Replies, Has.Count.EqualTo(4), result.Out);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Replies[0], Does.StartWith("Welcome, Student 7!"));
            Assert.That(result.Replies[1], Does.StartWith(OfflineTutorText.AnswerStart));
            Assert.That(result.Replies[2], Does.Contain("at least 10 characters"));
            Assert.That(result.Replies[3], Does.Contain($"1. You: {LongMessage}"));
            Assert.That(result.Error, Is.Empty);
            Assert.That(StoredMessages(), Is.EqualTo(2), "the question and the tutor's answer");
            Assert.That(StoredMessages($"Text = '{LongMessage}'"), Is.EqualTo(1), "stored exactly as sent");
        }
    }

    [Test]
    public async Task Help_ListsTheCommands()
    {
        var result = await Chat("/help\n");

        Assert.That(result.Replies.Single(), Does.Contain("/start").And.Contain("/help").And.Contain("/context")
            .And.Contain("/stats").And.Contain("/reset"));
    }

    [Test]
    public async Task Reset_ForgetsTheConversation()
    {
        var result = await Chat($"{LongMessage}\n{LongMessage} again\n/reset\n/context\n");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Replies[2], Does.Contain("forgotten our conversation (4 messages)"), "two questions and their answers");
            Assert.That(result.Replies[3], Does.Contain("Our conversation is empty"));
            Assert.That(StoredMessages(), Is.Zero);
        }
    }

    [Test]
    public async Task Stats_ShowsTheStudentsFigures()
    {
        var result = await Chat($"{LongMessage}\n/stats\n");

        Assert.That(result.Replies[1], Does.Contain("Messages in our conversation: 2 of 50 kept")
            .And.Contain("Messages ever written: 2"));
    }

    [Test]
    public async Task UnknownCommand_IsNamedAndAnsweredWithHelp()
    {
        var result = await Chat("/frobnicate now\n");

        Assert.That(result.Replies, Has.Count.EqualTo(2));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Replies[0], Is.EqualTo("I don't know the command /frobnicate."));
            Assert.That(result.Replies[1], Does.Contain("/help"));
            Assert.That(StoredMessages(), Is.Zero, "a command is not a message of the conversation");
        }
    }

    [Test]
    public async Task Name_RenamesAKnownStudent()
    {
        await _cli.RunWithInputAsync("/start\n", "chat", "--student", "7", "--name", "Alice");

        var result = await _cli.RunWithInputAsync("/start\n", "chat", "-s", "7", "-n", "Bob");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Replies[0], Does.StartWith("Welcome back, Bob!"));
            Assert.That(_cli.Database.Scalar("SELECT COUNT(*) FROM Students WHERE Id = 7 AND DisplayName = 'Bob'"), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Message_FromAnUnregisteredStudent_RegistersThemFirst()
    {
        var result = await _cli.RunWithInputAsync($"{LongMessage}\n", "chat", "--student", "12");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Replies.Single(), Does.StartWith(OfflineTutorText.AnswerStart));
            Assert.That(_cli.Database.Scalar("SELECT COUNT(*) FROM Students WHERE Id = 12"), Is.EqualTo(1));
            Assert.That(StoredMessages("StudentId = 12"), Is.EqualTo(2));
        }
    }

    [Test]
    public async Task WhitespaceOnlyLine_GetsAPoliteEmptyReply_AndStoresNothing()
    {
        var result = await Chat("   \t \n");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(0));
            Assert.That(result.Replies.Single(), Does.Contain("empty"));
            Assert.That(StoredMessages(), Is.Zero);
        }
    }

    [Test]
    public async Task Run_WithoutAToken_ChatsAsStudentOne()
    {
        var result = await _cli.RunWithInputAsync("/start\n", "run");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
            Assert.That(result.Replies.Single(), Does.StartWith("Welcome, Student 1!"));
        }
    }

    [Test]
    public async Task NoCommand_IsTheSameAsRun()
    {
        var result = await _cli.RunWithInputAsync("/start\n");

        Assert.That(result.Replies.Single(), Does.StartWith("Welcome, Student 1!"));
    }

    private Task<CliResult> Chat(string input) => _cli.RunWithInputAsync(input, "chat", "--student", "7");

    private long StoredMessages(string where = "1 = 1") =>
        _cli.Database.Scalar($"SELECT COUNT(*) FROM ConversationMessages WHERE {where}");
}
