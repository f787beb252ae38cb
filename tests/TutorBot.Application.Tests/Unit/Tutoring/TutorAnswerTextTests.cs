using TutorBot.Application.Tutoring;

namespace TutorBot.Application.Tests.Unit.Tutoring;

public sealed class TutorAnswerTextTests
{
    [Test]
    public void Fit_WithinTheLimit_ReturnsTheTextTrimmed()
    {
        Assert.That(TutorAnswerText.Fit("  A short answer.  ", 100), Is.EqualTo("A short answer."));
    }

    [Test]
    public void Fit_TooLong_CutsAfterTheLastWholeSentence_AndSaysSo()
    {
        var text = string.Concat(Enumerable.Repeat("This sentence has some words. ", 20));

        var fitted = TutorAnswerText.Fit(text, 200);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(fitted, Has.Length.LessThanOrEqualTo(200));
            Assert.That(fitted, Does.EndWith("words." + TutorAnswerText.CutMarker));
        }
    }

    [Test]
    public void Fit_OneLongSentence_CutsAtASpace()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 100));

        var fitted = TutorAnswerText.Fit(text, 120);

        Assert.That(fitted, Does.EndWith("word" + TutorAnswerText.CutMarker).And.Length.LessThanOrEqualTo(120));
    }

    [Test]
    public void Fit_LimitShorterThanTheMarker_IsRefused()
    {
        Assert.That(() => TutorAnswerText.Fit(new string('x', 100), 10), Throws.TypeOf<ArgumentOutOfRangeException>());
    }
}
