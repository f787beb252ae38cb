using TutorBot.Infrastructure.Curriculum;

namespace TutorBot.Infrastructure.Tests.Curriculum;

/// <summary>Problems within a lesson file and across lessons: ids, prerequisites, cycles.</summary>
public sealed class LessonValidationTests
{
    private CourseFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = CourseFolder.Create();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    [TestCase("id: decimals\n", "id")]
    [TestCase("title: Decimals\n", "title")]
    [TestCase("explanation: A decimal is a fraction with a power of ten below.\n", "explanation")]
    [TestCase("example: 0.5 = 5/10 = 1/2.\n", "example")]
    public void Load_WhenARequiredLessonFieldIsMissing_NamesFileAndField(string line, string field)
    {
        _folder.Edit("02-decimals.yaml", line, "");

        Assert.That(_folder.Problems(), Does.Contain($"02-decimals.yaml: the lesson has no {field}"));
    }

    [Test]
    public void Load_WhenTwoLessonsHaveTheSameId_NamesBothFiles()
    {
        _folder.Edit("02-decimals.yaml", "id: decimals", "id: fractions");
        _folder.Edit("02-decimals.yaml", "prerequisites: [fractions]", "prerequisites: []");

        Assert.That(_folder.Problems(), Does.Contain("02-decimals.yaml: lesson id \"fractions\" is already used by 01-fractions.yaml"));
    }

    [Test]
    public void Load_WhenAPrerequisiteIsUnknown_NamesFileAndPrerequisite()
    {
        _folder.Edit("02-decimals.yaml", "prerequisites: [fractions]", "prerequisites: [fractions, algebra]");

        Assert.That(_folder.Problems(), Does.Contain("02-decimals.yaml: prerequisite \"algebra\" is not the id of any lesson in this course."));
    }

    [Test]
    public void Load_WhenPrerequisitesFormACycle_NamesTheLessonsAndFilesInIt()
    {
        _folder.Edit("01-fractions.yaml", "title: Fractions\n", "title: Fractions\nprerequisites: [decimals]\n");

        Assert.That(_folder.Problems(), Does.Contain(
            "01-fractions.yaml, 02-decimals.yaml: the prerequisites form a cycle, so these lessons could never be unlocked: fractions → decimals → fractions."));
    }

    [Test]
    public void Load_WhenALessonIsItsOwnPrerequisite_ReportsACycleOfOne()
    {
        _folder.Edit("02-decimals.yaml", "prerequisites: [fractions]", "prerequisites: [fractions, decimals]");

        Assert.That(_folder.Problems(), Does.Contain("02-decimals.yaml: the prerequisites form a cycle").And.Contain("decimals → decimals."));
    }

    [Test]
    public void Load_WhenACycleRunsThroughThreeLessons_NamesAllThree()
    {
        _folder.Edit("course.yaml", "  - 02-decimals.yaml", "  - 02-decimals.yaml\n  - 03-percent.yaml");
        _folder.Write("03-percent.yaml", SampleCourse.Decimals
            .Replace("id: decimals", "id: percent", StringComparison.Ordinal)
            .Replace("[fractions]", "[decimals]", StringComparison.Ordinal));
        _folder.Edit("01-fractions.yaml", "title: Fractions\n", "title: Fractions\nprerequisites: [percent]\n");

        Assert.That(_folder.Problems(), Does.Contain("fractions → percent → decimals → fractions."));
    }

    [Test]
    public void Load_WhenALessonHasNoExercises_NamesTheFile()
    {
        _folder.Write("02-decimals.yaml", SampleCourse.Decimals[..SampleCourse.Decimals.IndexOf("exercises:", StringComparison.Ordinal)] + "exercises: []\n");

        Assert.That(_folder.Problems(), Does.Contain("02-decimals.yaml: the lesson has no exercises"));
    }

    [Test]
    public void Load_WhenTwoExercisesInALessonShareAnId_NamesTheId()
    {
        _folder.Edit("01-fractions.yaml", "id: name-the-top", "id: simplify");

        Assert.That(_folder.Problems(), Does.Contain("01-fractions.yaml: exercise id \"simplify\" is used by 2 exercises"));
    }

    [Test]
    public void Load_WhenTheSameExerciseIdIsInTwoLessons_IsAccepted()
    {
        _folder.Edit("02-decimals.yaml", "id: half", "id: simplify");

        Assert.That(_folder.Load().Lessons[1].FindExercise("simplify"), Is.Not.Null);
    }

    [Test]
    public void Load_WhenTheDomainRejectsALesson_WrapsItsMessageWithTheFileName()
    {
        // The loader leaves the id's spelling rules to the domain; its message is passed on with the file.
        _folder.Edit("02-decimals.yaml", "id: decimals", "id: Decimals Lesson");
        _folder.Edit("02-decimals.yaml", "prerequisites: [fractions]", "prerequisites: []");

        var error = Assert.Throws<CurriculumException>(() => _folder.Load())!;

        Assert.That(error.Problems, Has.Exactly(1).Items.And.All.StartsWith("02-decimals.yaml: "));
    }
}
