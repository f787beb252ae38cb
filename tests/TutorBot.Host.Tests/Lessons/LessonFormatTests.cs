using TutorBot.Host.Bot.Lessons;

namespace TutorBot.Host.Tests.Lessons;

public sealed class LessonFormatTests
{
    [TestCase("59.99", "59.9%")]
    [TestCase("60", "60.0%")]
    [TestCase("89.5", "89.5%")]
    [TestCase("89.96", "89.9%")]
    [TestCase("66.666666", "66.6%")]
    [TestCase("100", "100.0%")]
    [TestCase("0", "0.0%")]
    public void Percentage_HasOneDecimal_CutNotRounded(string percentage, string expected)
    {
        Assert.That(LessonFormat.Percentage(decimal.Parse(percentage, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(expected));
    }

    [TestCase("10", "10")]
    [TestCase("7.50", "7.5")]
    [TestCase("2.25", "2.25")]
    [TestCase("0", "0")]
    public void Points_UseOnlyTheDigitsTheyNeed(string points, string expected)
    {
        Assert.That(LessonFormat.Points(decimal.Parse(points, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(expected));
    }

    [Test]
    public void StartButton_SendsTheLessonCommand()
    {
        Assert.That(LessonFormat.StartButton(LessonSamples.Decimals), Is.EqualTo(new TutorBot.Host.Bot.BotButton("2. Decimals", "/lesson 2")));
    }
}
