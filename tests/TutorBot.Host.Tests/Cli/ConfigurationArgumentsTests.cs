using TutorBot.Host.Cli;

namespace TutorBot.Host.Tests.Cli;

public sealed class ConfigurationArgumentsTests
{
    [Test]
    public void Split_KeyEqualsValue_IsConfiguration()
    {
        var (configuration, command) = ConfigurationArguments.Split(["--Section:Key=value", "chat"]);

        Assert.That(configuration, Is.EqualTo(new[] { "--Section:Key=value" }));
        Assert.That(command, Is.EqualTo(new[] { "chat" }));
    }

    [Test]
    public void Split_KeyThenValue_IsJoinedIntoOneSetting()
    {
        var (configuration, command) = ConfigurationArguments.Split(["admin", "--Section:Key", "value", "stats"]);

        Assert.That(configuration, Is.EqualTo(new[] { "--Section:Key=value" }));
        Assert.That(command, Is.EqualTo(new[] { "admin", "stats" }));
    }

    [Test]
    public void Split_CommandOptions_AreLeftToTheCommandLine()
    {
        string[] args = ["chat", "--student", "7", "--json", "-s", "7", "--name=Ada", "--", "-5"];

        var (configuration, command) = ConfigurationArguments.Split(args);

        Assert.That(configuration, Is.Empty);
        Assert.That(command, Is.EqualTo(args));
    }

    [Test]
    public void Split_TrailingKeyWithoutValue_IsLeftForTheParserToReport()
    {
        var (configuration, command) = ConfigurationArguments.Split(["admin", "stats", "--Section:Key"]);

        Assert.That(configuration, Is.Empty);
        Assert.That(command, Is.EqualTo(new[] { "admin", "stats", "--Section:Key" }));
    }

    [TestCase("--Telegram:BotToken=123:abc", "--Telegram:BotToken=123:abc")]
    [TestCase("--ConnectionStrings:TutorBot=Data Source=a.db;Mode=ReadWriteCreate", "--ConnectionStrings:TutorBot=Data Source=a.db;Mode=ReadWriteCreate")]
    [TestCase("--Section:Key=a=b", "--Section:Key=a=b")]
    [TestCase("--Section:Sub:Key=x", "--Section:Sub:Key=x")]
    public void Split_ValueWithColonsOrEquals_IsKeptWhole(string arg, string expected)
    {
        var (configuration, _) = ConfigurationArguments.Split([arg]);

        Assert.That(configuration, Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void Split_SeparateValueWithColonsAndEquals_IsKeptWhole()
    {
        var (configuration, _) = ConfigurationArguments.Split(["--ConnectionStrings:TutorBot", "Data Source=C:/bots/a.db"]);

        Assert.That(configuration, Is.EqualTo(new[] { "--ConnectionStrings:TutorBot=Data Source=C:/bots/a.db" }));
    }

    [TestCase("--:Key=value")]
    [TestCase("--Section:=value")]
    [TestCase("--Section:")]
    [TestCase("-Section:Key=value")]
    [TestCase("Section:Key=value")]
    public void Split_WithoutASectionedKey_IsNotConfiguration(string arg)
    {
        var (configuration, command) = ConfigurationArguments.Split([arg]);

        Assert.That(configuration, Is.Empty);
        Assert.That(command, Is.EqualTo(new[] { arg }));
    }
}
