using TutorBot.Application.Lessons;
using TutorBot.Host.Bot.Lessons;

namespace TutorBot.Host.Tests.Lessons;

public sealed class FeedbackTextTests
{
    [Test]
    public void Correct_SaysRight_ThePoints_AndWhy()
    {
        var text = FeedbackText.Describe(new AnswerResultDto(AnswerOutcome.Correct, null, "6/8 = 3/4.", "3/4", 2.5m, 10, null, false));

        Assert.That(text, Is.EqualTo("Right! You earn 2.5 of 10 points. The answer is 3/4.\nWhy: 6/8 = 3/4."));
    }

    [Test]
    public void Wrong_ShowsTheCorrectAnswer_NoPoints_AndWhy()
    {
        var text = FeedbackText.Describe(new AnswerResultDto(AnswerOutcome.Wrong, null, "6/8 = 3/4.", "3/4", 0, 10, null, false));

        Assert.That(text, Is.EqualTo("Not right. The answer is 3/4. You earn 0 of 10 points.\nWhy: 6/8 = 3/4."));
    }

    [Test]
    public void TryAgain_DoesNotGiveTheAnswerAway()
    {
        var text = FeedbackText.Describe(new AnswerResultDto(AnswerOutcome.TryAgain, null, null, null, 0, 10, null, false));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Does.StartWith("Not quite. Have another go"));
            Assert.That(text, Does.Not.Contain("3/4"));
        }
    }

    [Test]
    public void Unreadable_SaysWhatWasExpected_AndThatNothingCounted()
    {
        var text = FeedbackText.Describe(new AnswerResultDto(AnswerOutcome.Unreadable, "Answer with a number.", null, null, 0, 10, null, false));

        Assert.That(text, Is.EqualTo("I can't read that as an answer. Answer with a number. Nothing was counted."));
    }
}
