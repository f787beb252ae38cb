using TutorBot.Domain.Common;
using TutorBot.Domain.Teaching;

namespace TutorBot.Domain.Tests.Teaching;

/// <summary>What every kind of exercise validates through the shared base constructor.</summary>
public sealed class ExerciseTests
{
    [TestCase("", "Prompt?", 10, "Why.", "An exercise needs an id.", TestName = "Constructor_WhenIdIsEmpty_Throws")]
    [TestCase("  ", "Prompt?", 10, "Why.", "An exercise needs an id.", TestName = "Constructor_WhenIdIsBlank_Throws")]
    [TestCase("q1", " ", 10, "Why.", "Exercise 'q1' needs a prompt.", TestName = "Constructor_WhenPromptIsBlank_Throws")]
    [TestCase("q1", "Prompt?", 10, "\n", "Exercise 'q1' needs an explanation.", TestName = "Constructor_WhenExplanationIsBlank_Throws")]
    [TestCase("q1", "Prompt?", 0, "Why.", "Exercise 'q1' must be worth 1 to 100 points, not 0.", TestName = "Constructor_WhenPointsAreZero_Throws")]
    [TestCase("q1", "Prompt?", -5, "Why.", "Exercise 'q1' must be worth 1 to 100 points, not -5.", TestName = "Constructor_WhenPointsAreNegative_Throws")]
    [TestCase("q1", "Prompt?", 101, "Why.", "Exercise 'q1' must be worth 1 to 100 points, not 101.", TestName = "Constructor_WhenPointsAreAbove100_Throws")]
    public void Constructor_WhenASharedFieldIsInvalid_ThrowsForEveryKind(string id, string prompt, int points, string explanation, string message)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(
                () => new ChoiceExercise(id, prompt, points, null, explanation, ["a", "b"], 0),
                Throws.TypeOf<DomainException>().With.Message.EqualTo(message));
            Assert.That(
                () => new TextExercise(id, prompt, points, null, explanation, "a", []),
                Throws.TypeOf<DomainException>().With.Message.EqualTo(message));
            Assert.That(
                () => new NumberExercise(id, prompt, points, null, explanation, 1, 0, NumberForms.Decimal),
                Throws.TypeOf<DomainException>().With.Message.EqualTo(message));
        }
    }

    [TestCase(1)]
    [TestCase(100)]
    public void Constructor_AcceptsThePointBoundaries(int points)
    {
        Assert.That(Samples.Choice(points: points).Points, Is.EqualTo(points));
    }

    [Test]
    public void DefaultPoints_IsTen()
    {
        Assert.That(Exercise.DefaultPoints, Is.EqualTo(10));
    }

    [TestCase(null, null)]
    [TestCase("", null)]
    [TestCase("   ", null)]
    [TestCase("Divide by 2.", "Divide by 2.")]
    public void Hint_WhenBlank_IsNoHint(string? hint, string? expected)
    {
        Assert.That(Samples.Choice(hint: hint).Hint, Is.EqualTo(expected));
    }

    [Test]
    public void Members_KeepWhatTheConstructorWasGiven()
    {
        var exercise = Samples.Choice(id: "simplify-six-eighths", points: 20);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exercise.Id, Is.EqualTo("simplify-six-eighths"));
            Assert.That(exercise.Prompt, Is.EqualTo("Which fraction is equal to 6/8?"));
            Assert.That(exercise.Points, Is.EqualTo(20));
            Assert.That(exercise.Hint, Is.EqualTo("Divide top and bottom by 2."));
            Assert.That(exercise.Explanation, Is.EqualTo(Samples.Explanation));
        }
    }
}
