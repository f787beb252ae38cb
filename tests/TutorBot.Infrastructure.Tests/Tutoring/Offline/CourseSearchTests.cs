using TutorBot.Application.Tutoring;

namespace TutorBot.Infrastructure.Tests.Tutoring.Offline;

public sealed class CourseSearchTests
{
    [Test]
    public void Search_StemsWords_SoDividingFractionsFindsDivideAFraction()
    {
        var found = ShippedCourse.Search.Search("dividing fractions", 3);

        Assert.That(found[0].Text, Does.Contain("To divide").And.Contain("fraction"));
    }

    [Test]
    public void Search_ReturnsAtMostTheLimit_BestFirst_WithPositiveScores()
    {
        var found = ShippedCourse.Search.Search("how do I multiply fractions and decimals", 4);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(found, Has.Count.EqualTo(4));
            Assert.That(found.Select(p => p.Score), Is.Ordered.Descending);
            Assert.That(found.Select(p => p.Score), Has.All.GreaterThan(0));
        }
    }

    [Test]
    public void Search_FindsExercises_WithTheirPromptExplanationAndId()
    {
        var found = ShippedCourse.Search.Search("per centum for each hundred", 1);

        var exercise = ShippedCourse.Course.FindLesson("percentages")!.FindExercise("per-cent-meaning")!;
        Assert.That(found.Single(), Is.EqualTo(new CoursePassage("percentages", PassageKind.Exercise, "per-cent-meaning",
            $"{exercise.Prompt}\n{exercise.Explanation}", found.Single().Score)));
    }

    [Test]
    public void Search_FindsWorkedExamples()
    {
        var found = ShippedCourse.Search.Search("jacket sale price", 1);

        Assert.That(found.Single(), Has.Property(nameof(CoursePassage.Kind)).EqualTo(PassageKind.Example)
            .And.Property(nameof(CoursePassage.LessonId)).EqualTo("percentages")
            .And.Property(nameof(CoursePassage.ExerciseId)).Null);
    }

    [Test]
    public void Search_IndexesEveryExplanationExampleAndExercise()
    {
        var course = ShippedCourse.Course;

        // "the" is a stop word to the query, so search each lesson by its own title instead.
        var found = course.Lessons.SelectMany(l => ShippedCourse.Search.Search(l.Title, 1000)).Distinct().ToList();

        var passages = course.Lessons.Sum(l => 2 + l.Exercises.Count);
        Assert.That(found.Select(p => (p.LessonId, p.Kind, p.ExerciseId)).Distinct().Count(), Is.EqualTo(passages));
    }

    [Test]
    public void Search_ALessonTitleWord_RanksThatLessonsPassagesFirst()
    {
        var found = ShippedCourse.Search.Search("ratios", 5);

        Assert.That(found.Select(p => p.LessonId), Has.All.EqualTo("ratios"));
    }

    [TestCase(0)]
    [TestCase(-1)]
    public void Search_WithNoRoomForResults_IsEmpty(int limit)
    {
        Assert.That(ShippedCourse.Search.Search("fractions", limit), Is.Empty);
    }

    [Test]
    public void Search_ForSomethingTheCourseDoesNotCover_IsEmpty()
    {
        Assert.That(ShippedCourse.Search.Search("photosynthesis chlorophyll", 5), Is.Empty);
    }
}
