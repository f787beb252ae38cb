using TutorBot.Domain.Teaching;
using TutorBot.Infrastructure.Curriculum;

namespace TutorBot.Host.Tests.Curriculum;

/// <summary>The course shipped beside the executable (the default <c>Curriculum:Path</c>), as the bot loads it.</summary>
public sealed class ShippedCourseTests
{
    private static readonly Course Shipped = CourseLoader.Load(Path.Combine(AppContext.BaseDirectory, "Curriculum"));

    private static IEnumerable<TestCaseData> Exercises() =>
        Shipped.Lessons.SelectMany(lesson => lesson.Exercises.Select(exercise =>
            new TestCaseData(exercise).SetArgDisplayNames($"{lesson.Id}/{exercise.Id}")));

    [Test]
    public void ShippedCourse_HasAtLeastEightLessonsOfAtLeastSixExercises_WithEveryKind()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Shipped.Lessons, Has.Count.GreaterThanOrEqualTo(8));
            Assert.That(Shipped.Lessons.Select(l => l.Exercises.Count), Has.All.GreaterThanOrEqualTo(6));
            Assert.That(Shipped.Lessons.SelectMany(l => l.Exercises).Select(e => e.Kind).Distinct(),
                Is.EquivalentTo(Enum.GetValues<ExerciseKind>()));
            Assert.That(Shipped.Lessons[0].Prerequisites, Is.Empty, "the first lesson is open to everyone");
        }
    }

    [TestCaseSource(nameof(Exercises))]
    public void ShippedExercise_ItsOwnCorrectAnswer_IsGradedCorrect(Exercise exercise)
    {
        Assert.That(exercise.Check(exercise.CorrectAnswer).Verdict, Is.EqualTo(AnswerVerdict.Correct));
    }

    [TestCaseSource(nameof(Exercises))]
    public void ShippedExercise_HasAHintAndAnExplanation(Exercise exercise)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(exercise.Hint, Is.Not.Null.And.Not.Empty);
            Assert.That(exercise.Explanation, Is.Not.Empty);
        }
    }
}
