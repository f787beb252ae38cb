using TutorBot.Domain.Common;
using TutorBot.Domain.Teaching;

namespace TutorBot.Domain.Tests.Teaching;

public sealed class CourseTests
{
    private readonly Course _course = new("Pre-algebra essentials", [Samples.Lesson("fractions"), Samples.Lesson("decimals", ["fractions"])]);

    [Test]
    public void Members_KeepWhatTheConstructorWasGiven()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_course.Title, Is.EqualTo("Pre-algebra essentials"));
            Assert.That(_course.Lessons.Select(l => l.Id), Is.EqualTo(new[] { "fractions", "decimals" }));
        }
    }

    [Test]
    public void FindLesson_FindsByExactId()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_course.FindLesson("decimals"), Is.SameAs(_course.Lessons[1]));
            Assert.That(_course.FindLesson("Decimals"), Is.Null);
            Assert.That(_course.FindLesson("ratios"), Is.Null);
        }
    }

    [TestCase(1, "fractions")]
    [TestCase(2, "decimals")]
    public void LessonNumber_IsTheOneBasedPosition(int number, string id)
    {
        Assert.That(_course.LessonNumber(number)?.Id, Is.EqualTo(id));
    }

    [TestCase(0)]
    [TestCase(3)]
    [TestCase(-1)]
    [TestCase(int.MaxValue)]
    [TestCase(int.MinValue)]
    public void LessonNumber_OutOfRange_IsNull(int number)
    {
        Assert.That(_course.LessonNumber(number), Is.Null);
    }

    [Test]
    public void Constructor_WhenTitleIsBlank_Throws()
    {
        Assert.That(() => new Course("  ", [Samples.Lesson()]), Throws.TypeOf<DomainException>().With.Message.EqualTo("A course needs a title."));
    }

    [Test]
    public void Constructor_WhenThereAreNoLessons_Throws()
    {
        Assert.That(() => new Course("Empty", []), Throws.TypeOf<DomainException>().With.Message.EqualTo("Course 'Empty' has no lessons."));
    }

    [Test]
    public void Lessons_AreACopy_SoChangingTheSourceListChangesNothing()
    {
        var lessons = new List<Lesson> { Samples.Lesson() };
        var course = new Course("Copy", lessons);

        lessons.Clear();

        Assert.That(course.Lessons, Has.Count.EqualTo(1));
    }
}
