namespace TutorBot.Host.Tests.Cli;

/// <summary><c>--help</c> of the admin commands says what each one shows and touches no database.</summary>
public sealed class AdminHelpTests
{
    private TutorbotCli _cli = null!;

    [SetUp]
    public void CreateCli() => _cli = new TutorbotCli();

    [TearDown]
    public void DisposeCli() => _cli.Dispose();

    [Test]
    public async Task AdminHelp_ListsTheLessonCommands()
    {
        var result = await _cli.RunAsync("admin", "--help");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(0));
            Assert.That(result.Out, Does.Match(@"progress <ID>\s+A student's lessons"));
            Assert.That(result.Out, Does.Match(@"lessons\s+The course, lesson by lesson"));
            Assert.That(File.Exists(_cli.Database.FilePath), Is.False);
        }
    }

    [Test]
    public async Task AdminProgressHelp_ExplainsTheIdAndJson()
    {
        var result = await _cli.RunAsync("admin", "progress", "--help");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(0));
            Assert.That(result.Out, Does.Contain("The student's id (their Telegram user id)."));
            Assert.That(result.Out, Does.Contain("--json").And.Contain("best grade"));
        }
    }

    [TestCase("abc")]
    [TestCase("0")]
    public async Task AdminProgress_WithAnIdThatIsNotAPositiveNumber_IsUsageError(string id)
    {
        var result = await _cli.RunAsync("admin", "progress", id);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Error, Does.Contain($"'{id}' is not a student id"));
            Assert.That(result.Out, Is.Empty);
        }
    }
}
