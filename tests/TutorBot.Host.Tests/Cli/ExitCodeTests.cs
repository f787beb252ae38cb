namespace TutorBot.Host.Tests.Cli;

/// <summary>0 ok, 1 failure, 2 bad usage or unknown id (SPEC §3); the message goes to stderr.</summary>
public sealed class ExitCodeTests
{
    private TutorbotCli _cli = null!;

    [SetUp]
    public void CreateCli() => _cli = new TutorbotCli();

    [TearDown]
    public void DisposeCli() => _cli.Dispose();

    [Test]
    public async Task AdminContext_OfAnUnknownStudent_IsUsageErrorNamingTheId()
    {
        var result = await _cli.RunAsync("admin", "context", "99");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Error.Trim(), Is.EqualTo("No student with id 99."));
            Assert.That(result.Out, Is.Empty);
        }
    }

    [TestCase("abc")]
    [TestCase("0")]
    [TestCase("7.5")]
    public async Task AdminContext_WithAnIdThatIsNotAPositiveNumber_IsUsageError(string id)
    {
        var result = await _cli.RunAsync("admin", "context", id);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Error, Does.Contain($"'{id}' is not a student id"));
        }
    }

    [Test]
    public async Task AdminContext_WithANegativeIdAfterDoubleDash_IsUsageError()
    {
        var result = await _cli.RunAsync("admin", "context", "--", "-5");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Error, Does.Contain("'-5' is not a student id"));
        }
    }

    [Test]
    public async Task UnknownCommand_IsUsageError()
    {
        var result = await _cli.RunAsync("frobnicate");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Error, Does.Contain("frobnicate").And.Contain("--help"));
        }
    }

    [Test]
    public async Task Chat_WithABlankName_IsUsageError()
    {
        var result = await _cli.RunAsync("chat", "--name", " ");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Error, Does.Contain("--name cannot be blank"));
        }
    }

    [Test]
    public async Task ConfigurationKey_WithoutAValue_IsUsageError()
    {
        var result = await _cli.RunAsync("admin", "stats", "--Limits:MinMessageLength");

        Assert.That(result.ExitCode, Is.EqualTo(2));
    }

    [Test]
    public async Task InvalidConfiguration_IsFailureNamingTheSection()
    {
        var result = await _cli.RunAsync("--Limits:MinMessageLength=-1", "admin", "stats");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.Error, Does.Contain("Limits"));
            Assert.That(result.Out, Is.Empty);
        }
    }

    [Test]
    public async Task Run_WithAMalformedToken_FailsWithoutShowingTheToken()
    {
        const string token = "not-a-token-but-secret";

        var result = await TutorbotCli.RunExactlyAsync(string.Empty, _cli.ConnectionArgument, $"--Telegram:BotToken={token}", "run");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.Error, Does.Contain("Telegram:BotToken must look like"));
            Assert.That(result.Out + result.Error, Does.Not.Contain(token));
        }
    }

    [Test]
    public async Task Run_WithAWebhookButNoSecret_FailsNamingTheKey()
    {
        var result = await TutorbotCli.RunExactlyAsync(
            string.Empty, _cli.ConnectionArgument, "--Telegram:BotToken=123:abc", "--Telegram:WebhookUrl=https://bot.example.com/hook", "run");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.Error, Does.Contain("Telegram:WebhookSecret is required"));
        }
    }

    [Test]
    public async Task Help_SucceedsWithoutTouchingTheDatabase()
    {
        var result = await _cli.RunAsync("--help");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(0));
            Assert.That(result.Out, Does.Contain("chat").And.Contain("admin"));
            Assert.That(File.Exists(_cli.Database.FilePath), Is.False);
        }
    }
}
