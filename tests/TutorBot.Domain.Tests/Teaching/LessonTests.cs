using TutorBot.Domain.Common;
using TutorBot.Domain.Teaching;

namespace TutorBot.Domain.Tests.Teaching;

public sealed class LessonTests
{
    [Test]
    public void Members_KeepWhatTheConstructorWasGiven()
    {
        var lesson = Samples.Lesson("decimals", ["fractions"]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(lesson.Id, Is.EqualTo("decimals"));
            Assert.That(lesson.Title, Is.EqualTo("Fractions"));
            Assert.That(lesson.Explanation, Is.EqualTo("A fraction is a part of a whole."));
            Assert.That(lesson.Example, Is.EqualTo("3/4 means 3 of 4 equal parts."));
            Assert.That(lesson.Prerequisites, Is.EqualTo(new[] { "fractions" }));
            Assert.That(lesson.Exercises.Select(e => e.Id), Is.EqualTo(new[] { "simplify", "name-the-top", "half-plus-quarter" }));
        }
    }

    [Test]
    public void PossiblePoints_IsTheSumOfTheExercisesPoints()
    {
        var lesson = Samples.Lesson(exercises: [Samples.Choice("a", points: 10), Samples.Choice("b", points: 25), Samples.Choice("c", points: 1)]);

        Assert.That(lesson.PossiblePoints, Is.EqualTo(36));
    }

    [Test]
    public void FindExercise_FindsByExactId()
    {
        var lesson = Samples.Lesson();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(lesson.FindExercise("name-the-top"), Is.SameAs(lesson.Exercises[1]));
            Assert.That(lesson.FindExercise("Name-The-Top"), Is.Null);
            Assert.That(lesson.FindExercise("removed-exercise"), Is.Null);
        }
    }

    [Test]
    public void Exercises_AreACopy_SoChangingTheSourceListChangesNothing()
    {
        var exercises = new List<Exercise> { Samples.Choice() };
        var lesson = new Lesson("fractions", "Fractions", "Explained.", "Example.", [], exercises);

        exercises.Add(Samples.Text());

        Assert.That(lesson.Exercises, Has.Count.EqualTo(1));
    }

    [TestCase("a")]
    [TestCase("order-of-operations")]
    [TestCase("lesson-01")]
    [TestCase("1234567890123456789012345678901234567890")]
    public void Constructor_AcceptsASlugId(string id)
    {
        Assert.That(Samples.Lesson(id).Id, Is.EqualTo(id));
    }

    [TestCase("", TestName = "Constructor_WhenIdIsEmpty_Throws")]
    [TestCase("Fractions", TestName = "Constructor_WhenIdHasCapitals_Throws")]
    [TestCase("order of operations", TestName = "Constructor_WhenIdHasSpaces_Throws")]
    [TestCase("order_of_operations", TestName = "Constructor_WhenIdHasUnderscores_Throws")]
    [TestCase("fractions\n", TestName = "Constructor_WhenIdEndsInANewline_Throws")]
    [TestCase("brüche", TestName = "Constructor_WhenIdHasNonAsciiLetters_Throws")]
    [TestCase("12345678901234567890123456789012345678901", TestName = "Constructor_WhenIdIsLongerThan40_Throws")]
    public void Constructor_WhenIdIsNotASlug_Throws(string id)
    {
        Assert.That(
            () => Samples.Lesson(id),
            Throws.TypeOf<DomainException>().With.Message.EqualTo($"Lesson id '{id}' must be 1 to 40 lowercase letters, digits or hyphens."));
    }

    [TestCase(" ", "Explained.", "Example.", "Lesson 'fractions' needs a title.", TestName = "Constructor_WhenTitleIsBlank_Throws")]
    [TestCase("Fractions", "", "Example.", "Lesson 'fractions' needs an explanation.", TestName = "Constructor_WhenExplanationIsBlank_Throws")]
    [TestCase("Fractions", "Explained.", "\n", "Lesson 'fractions' needs a worked example.", TestName = "Constructor_WhenExampleIsBlank_Throws")]
    public void Constructor_WhenATextIsBlank_Throws(string title, string explanation, string example, string message)
    {
        Assert.That(
            () => new Lesson("fractions", title, explanation, example, [], [Samples.Choice()]),
            Throws.TypeOf<DomainException>().With.Message.EqualTo(message));
    }

    [Test]
    public void Constructor_WhenThereAreNoExercises_Throws()
    {
        Assert.That(
            () => new Lesson("fractions", "Fractions", "Explained.", "Example.", [], []),
            Throws.TypeOf<DomainException>().With.Message.EqualTo("Lesson 'fractions' has no exercises."));
    }

    [Test]
    public void Constructor_WhenTwoExercisesShareAnId_Throws()
    {
        Assert.That(
            () => Samples.Lesson(exercises: [Samples.Choice("same"), Samples.Text("other"), Samples.Number(id: "same")]),
            Throws.TypeOf<DomainException>().With.Message.EqualTo("Lesson 'fractions' has two exercises with the id 'same'."));
    }

    [Test]
    public void Constructor_ExerciseIdsDifferingOnlyInCase_AreDistinct()
    {
        var lesson = Samples.Lesson(exercises: [Samples.Choice("q"), Samples.Choice("Q")]);

        Assert.That(lesson.Exercises, Has.Count.EqualTo(2));
    }

    [TestCase(new[] { "Fractions" }, "Lesson 'decimals': prerequisite 'Fractions' is not a valid lesson id.", TestName = "Constructor_WhenAPrerequisiteIsNotASlug_Throws")]
    [TestCase(new[] { "decimals" }, "Lesson 'decimals' cannot be its own prerequisite.", TestName = "Constructor_WhenTheLessonIsItsOwnPrerequisite_Throws")]
    [TestCase(new[] { "fractions", "ratios", "fractions" }, "Lesson 'decimals' lists prerequisite 'fractions' twice.", TestName = "Constructor_WhenAPrerequisiteIsListedTwice_Throws")]
    public void Constructor_WhenPrerequisitesAreInvalid_Throws(string[] prerequisites, string message)
    {
        Assert.That(() => Samples.Lesson("decimals", prerequisites), Throws.TypeOf<DomainException>().With.Message.EqualTo(message));
    }

    [Test]
    public void Constructor_AcceptsPrerequisitesItCannotCheck_ForTheLoaderToCheckAcrossLessons()
    {
        var lesson = Samples.Lesson("decimals", ["no-such-lesson"]);

        Assert.That(lesson.Prerequisites, Is.EqualTo(new[] { "no-such-lesson" }));
    }
}
