using System.Text;
using TutorBot.Host.Bot.Lessons;

namespace TutorBot.Host.Tests.Lessons;

public sealed class AnswerButtonDataTests
{
    [Test]
    public void Data_ReadsBackAsItWasWritten()
    {
        var data = new AnswerButtonData("simplify-six-eighths", 3, 2);

        var text = data.ToString();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Is.EqualTo("/answer simplify-six-eighths 3 2"));
            Assert.That(AnswerButtonData.IsAnswerData(text), Is.True);
            Assert.That(AnswerButtonData.Parse(text["/answer ".Length..]), Is.EqualTo(data));
        }
    }

    [Test]
    public void Data_ForTheLongestExerciseIdAndMostOptions_FitsTelegramsSixtyFourBytes()
    {
        var data = new AnswerButtonData(new string('x', 40), 8, 2).ToString();

        Assert.That(Encoding.UTF8.GetByteCount(data), Is.LessThanOrEqualTo(64));
    }

    [TestCase("")]
    [TestCase("only-an-id")]
    [TestCase("id 1")]
    [TestCase("id x 1")]
    [TestCase("id 0 1")]
    [TestCase("id 1 3")]
    [TestCase("id -1 1")]
    [TestCase("id 1 1 extra")]
    public void Parse_RefusesWhatNoButtonSends(string arguments)
    {
        Assert.That(AnswerButtonData.Parse(arguments), Is.Null);
    }

    [TestCase("/lesson 2")]
    [TestCase("/answers x 1 1")]
    [TestCase("1")]
    public void IsAnswerData_OnlyForAnswerButtons(string data)
    {
        Assert.That(AnswerButtonData.IsAnswerData(data), Is.False);
    }
}
