using TutorBot.Infrastructure.Curriculum;

namespace TutorBot.Infrastructure.Tests.Curriculum;

/// <summary>Problems with the folder, course.yaml, the list of lesson files and the YAML itself.</summary>
public sealed class CourseFileValidationTests
{
    private CourseFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = CourseFolder.Create();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    [Test]
    public void Load_WhenTheFolderDoesNotExist_NamesTheFolder()
    {
        var missing = Path.Combine(_folder.Path, "no-such-course");

        var error = Assert.Throws<CurriculumException>(() => CourseLoader.Load(missing))!;

        Assert.That(error.Message, Does.Contain(missing).And.Contain("does not exist"));
    }

    [Test]
    public void Load_WhenCourseYamlIsMissing_SaysSo()
    {
        _folder.Delete("course.yaml");

        Assert.That(_folder.Problems(), Does.Contain("course.yaml: not found"));
    }

    [Test]
    public void Load_WhenTheTitleIsBlank_NamesCourseYaml()
    {
        _folder.Edit("course.yaml", "title: Sample course", "title: '  '");

        Assert.That(_folder.Problems(), Does.Contain("course.yaml: the course has no title."));
    }

    [Test]
    public void Load_WhenNoLessonsAreListed_NamesCourseYaml()
    {
        _folder.Write("course.yaml", "title: Empty\nlessons: []\n");
        _folder.Delete("01-fractions.yaml");
        _folder.Delete("02-decimals.yaml");

        Assert.That(_folder.Problems(), Does.Contain("course.yaml: the course lists no lessons"));
    }

    [Test]
    public void Load_WhenAListedLessonFileIsMissing_NamesIt()
    {
        _folder.Edit("course.yaml", "  - 02-decimals.yaml", "  - 02-decimals.yaml\n  - 03-percentages.yaml");

        Assert.That(_folder.Problems(), Does.Contain("course.yaml: lesson file \"03-percentages.yaml\" does not exist"));
    }

    [Test]
    public void Load_WhenALessonFileIsListedTwice_SaysSo()
    {
        _folder.Edit("course.yaml", "  - 02-decimals.yaml", "  - 02-decimals.yaml\n  - 01-fractions.yaml");

        Assert.That(_folder.Problems(), Does.Contain("course.yaml: lesson file \"01-fractions.yaml\" is listed twice."));
    }

    [Test]
    public void Load_WhenALessonIsListedWithAFolder_AsksForAFileNameInTheCourseFolder()
    {
        _folder.Edit("course.yaml", "  - 02-decimals.yaml", "  - 02-decimals.yaml\n  - ../elsewhere.yaml");

        Assert.That(_folder.Problems(), Does.Contain("course.yaml: lesson \"../elsewhere.yaml\" must be the name of a file in the course folder"));
    }

    [TestCase("03-draft.yaml")]
    [TestCase("03-draft.yml")]
    public void Load_WhenALessonFileIsNotListed_NamesIt(string file)
    {
        _folder.Write(file, SampleCourse.Decimals);

        Assert.That(_folder.Problems(), Does.Contain($"\"{file}\" is in the course folder but not listed"));
    }

    [Test]
    public void Load_WhenAFileHasASyntaxError_GivesTheFileAndLine()
    {
        _folder.Edit("02-decimals.yaml", "title: Decimals", "title: 'Decimals");

        Assert.That(_folder.Problems(), Does.Contain("02-decimals.yaml: line 2, column 8: YAML syntax error:"));
    }

    [Test]
    public void Load_WhenAKeyIsUnknown_NamesTheKeyAndLine()
    {
        _folder.Edit("02-decimals.yaml", "title: Decimals", "title: Decimals\ncolour: blue");

        Assert.That(_folder.Problems(), Does.Contain("02-decimals.yaml: line 3, column 1: unknown key \"colour\" in a lesson file"));
    }

    [Test]
    public void Load_WhenAnExerciseKeyIsUnknown_NamesTheKey()
    {
        _folder.Edit("02-decimals.yaml", "    answer: 0.5", "    answer: 0.5\n    answers: 0.5");

        Assert.That(_folder.Problems(), Does.Contain("02-decimals.yaml: line 11, column 5: unknown key \"answers\" in an exercise"));
    }

    [Test]
    public void Load_WhenAListIsASingleValue_SaysItMustBeAList()
    {
        _folder.Edit("01-fractions.yaml", "options: [3/4, 2/3, 6/4, 1/2]", "options: 3/4, 2/3");

        Assert.That(_folder.Problems(), Does.Contain("01-fractions.yaml: line 12, column 14: \"options\" must be a list"));
    }

    [Test]
    public void Load_WhenASingleValueIsAList_SaysItMustBeASingleValue()
    {
        _folder.Edit("course.yaml", "title: Sample course", "title: [Sample, course]");

        Assert.That(_folder.Problems(), Does.Contain("course.yaml: line 1, column 8: \"title\" must be a single value, not a list."));
    }

    [Test]
    public void Load_WhenAKeyIsRepeated_SaysSo()
    {
        _folder.Edit("course.yaml", "title: Sample course", "title: Sample course\ntitle: Other");

        Assert.That(_folder.Problems(), Does.Contain("course.yaml: line 2, column 1:").And.Contain("title"));
    }

    [Test]
    public void Load_WhenALessonFileIsEmpty_SaysSo()
    {
        _folder.Write("02-decimals.yaml", "# to do\n");

        Assert.That(_folder.Problems(), Does.Contain("02-decimals.yaml: the file is empty."));
    }
}
