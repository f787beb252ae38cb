using TutorBot.Domain.Teaching;
using TutorBot.Host.Bot.Lessons;

namespace TutorBot.Host.Tests.Lessons;

public sealed class ExerciseTextTests
{
    private static readonly ScoringRules Rules = new();

    [Test]
    public void Choice_ListsNumberedOptions_AndHasOneButtonPerOption()
    {
        var reply = ExerciseText.Reply(LessonSamples.Choice(), Rules);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reply.Text, Does.StartWith("Exercise 1 of 8 (10 points)\nWhich fraction is equal to 6/8?\n1) 3/4\n2) 3/8\n3) 2/3\n4) 4/3\n"));
            Assert.That(reply.Text, Does.Contain("Reply with the option's number (1 to 4)."));
            Assert.That(reply.Buttons!.SelectMany(r => r).Select(b => b.Label), Is.EqualTo(new[] { "1) 3/4", "2) 3/8", "3) 2/3", "4) 4/3" }));
            Assert.That(reply.Buttons!.SelectMany(r => r).Select(b => b.Data),
                Is.EqualTo(Enumerable.Range(1, 4).Select(n => $"/answer simplify-six-eighths {n} 1")));
        }
    }

    [Test]
    public void Choice_OnTheRetry_ButtonsNameTheSecondTry_AndTheTextSaysWhatItEarns()
    {
        var reply = ExerciseText.Reply(LessonSamples.Choice(isRetry: true), Rules);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reply.Buttons!.SelectMany(r => r).Select(b => b.Data), Has.All.EndsWith(" 2"));
            Assert.That(reply.Text, Does.Contain("Second try: a right answer now earns 50% of the points."));
            Assert.That(reply.Text, Does.Contain("/hint gives a hint, and a right answer then earns 2.5 points instead of 5."));
        }
    }

    [Test]
    public void Hint_IsOffered_WithWhatItCosts()
    {
        var text = ExerciseText.Describe(LessonSamples.Number(), Rules);

        Assert.That(text, Does.Contain("Stuck? /hint gives a hint, and a right answer then earns 5 points instead of 10."));
    }

    [Test]
    public void HintUsed_SaysWhatTheExerciseIsWorthNow()
    {
        var text = ExerciseText.Describe(LessonSamples.Choice(hintUsed: true), new ScoringRules(HintCost: 0.25m));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Does.Contain("Hint used: a right answer earns at most 7.5 points."));
            Assert.That(text, Does.Not.Contain("/hint gives"));
        }
    }

    [Test]
    public void NoHint_IsNotOffered()
    {
        Assert.That(ExerciseText.Describe(LessonSamples.Number(hasHint: false), Rules), Does.Not.Contain("/hint"));
    }

    [Test]
    public void Number_SaysANumberIsExpected_AndHasNoButtons()
    {
        var reply = ExerciseText.Reply(LessonSamples.Number(), Rules);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reply.Text, Does.StartWith("Exercise 3 of 8 (10 points)\nWhat is 1/3 + 1/6?\nReply with a number."));
            Assert.That(reply.Buttons, Is.Null);
        }
    }

    [Test]
    public void Text_SaysAWordIsExpected()
    {
        var reply = ExerciseText.Reply(LessonSamples.Text(), Rules, before: "Right!");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reply.Text, Does.StartWith("Right!\n\nExercise 2 of 8 (5 points)\n"));
            Assert.That(reply.Text, Does.Contain("Reply with a word or a short phrase."));
            Assert.That(reply.Buttons, Is.Null);
        }
    }
}
