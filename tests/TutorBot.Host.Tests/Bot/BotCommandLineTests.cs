using TutorBot.Host.Bot;

namespace TutorBot.Host.Tests.Bot;

public sealed class BotCommandLineTests
{
    [TestCase("/start", "start", "")]
    [TestCase("/Help@TutorBot", "help", "")]
    [TestCase("/lesson 3", "lesson", "3")]
    [TestCase("  /reset  ", "reset", "")]
    [TestCase("/lesson   3   4 ", "lesson", "3   4")]
    [TestCase("/lesson\t3", "lesson", "3")]
    [TestCase("/lesson\n3", "lesson", "3")]
    [TestCase("/start\nhello there\nsecond line", "start", "hello there\nsecond line")]
    [TestCase("/", "", "")]
    public void TryParse_Command_GivesTheLowercaseNameAndTrimmedArguments(string text, string name, string arguments)
    {
        var parsed = BotCommandLine.TryParse(text, out var actualName, out var actualArguments);

        Assert.That((parsed, actualName, actualArguments), Is.EqualTo((true, name, arguments)));
    }

    [TestCase("hello")]
    [TestCase("")]
    [TestCase("1/2 is a half")]
    [TestCase("hello\n/start")]
    public void TryParse_Text_IsNotACommand(string text)
    {
        var parsed = BotCommandLine.TryParse(text, out var name, out var arguments);

        Assert.That((parsed, name, arguments), Is.EqualTo((false, "", "")));
    }
}
