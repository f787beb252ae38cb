using TutorBot.Domain.Teaching;

namespace TutorBot.Infrastructure.Tests.Curriculum;

public sealed class CourseLoaderTests
{
    private CourseFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = CourseFolder.Create();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    [Test]
    public void Load_OfAValidCourse_KeepsTheTitleAndTheListedLessonOrder()
    {
        var course = _folder.Load();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(course.Title, Is.EqualTo("Sample course"));
            Assert.That(course.Lessons.Select(l => l.Id), Is.EqualTo(new[] { "fractions", "decimals" }));
            Assert.That(course.Lessons[1].Prerequisites, Is.EqualTo(new[] { "fractions" }));
            Assert.That(course.Lessons[0].Prerequisites, Is.Empty);
            Assert.That(course.Lessons[0].Explanation, Does.StartWith("A fraction is a part of a whole.\nThe top number"));
            Assert.That(course.Lessons[0].Example, Does.Contain("6/8 = 3/4"));
        }
    }

    [Test]
    public void Load_OfAChoiceExercise_FindsTheCorrectOptionByItsText()
    {
        var exercise = (ChoiceExercise)_folder.Load().Lessons[0].FindExercise("simplify")!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exercise.Kind, Is.EqualTo(ExerciseKind.Choice));
            Assert.That(exercise.Options, Is.EqualTo(new[] { "3/4", "2/3", "6/4", "1/2" }));
            Assert.That(exercise.CorrectOption, Is.Zero);
            Assert.That(exercise.Points, Is.EqualTo(20));
            Assert.That(exercise.Hint, Is.EqualTo("Divide the top and the bottom by the same number."));
            Assert.That(exercise.Prompt, Is.EqualTo("Which fraction is equal to 6/8?"));
            Assert.That(exercise.Explanation, Is.EqualTo("6/8 = 3/4."));
        }
    }

    [Test]
    public void Load_OfATextExercise_KeepsTheAnswerAndItsAlternatives()
    {
        var exercise = (TextExercise)_folder.Load().Lessons[0].FindExercise("name-the-top")!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exercise.Answer, Is.EqualTo("numerator"));
            Assert.That(exercise.Alternatives, Is.EqualTo(new[] { "the numerator" }));
            Assert.That(exercise.Hint, Is.Null);
        }
    }

    [Test]
    public void Load_OfANumberExercise_ReadsAnswerToleranceAndForms()
    {
        var exercise = (NumberExercise)_folder.Load().Lessons[0].FindExercise("half-plus-quarter")!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exercise.Answer, Is.EqualTo(0.75m));
            Assert.That(exercise.Tolerance, Is.EqualTo(0.01m));
            Assert.That(exercise.Forms, Is.EqualTo(NumberForms.Decimal | NumberForms.Fraction | NumberForms.Percent));
        }
    }

    [Test]
    public void Load_WhenOptionalFieldsAreLeftOut_UsesTheDocumentedDefaults()
    {
        var exercise = (NumberExercise)_folder.Load().Lessons[1].FindExercise("half")!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exercise.Points, Is.EqualTo(10));
            Assert.That(exercise.Tolerance, Is.Zero);
            Assert.That(exercise.Forms, Is.EqualTo(NumberForms.Decimal | NumberForms.Fraction));
            Assert.That(exercise.Hint, Is.Null);
            Assert.That(exercise.Kind, Is.EqualTo(ExerciseKind.Number));
        }
    }

    [Test]
    public void Load_WhenPrerequisitesAreLeftOut_TheLessonHasNone()
    {
        _folder.Edit("02-decimals.yaml", "prerequisites: [fractions]\n", "");

        Assert.That(_folder.Load().Lessons[1].Prerequisites, Is.Empty);
    }

    [Test]
    public void Load_WhenAnEmptyHintIsGiven_TheExerciseHasNoHint()
    {
        _folder.Edit("01-fractions.yaml", "    hint: Divide the top and the bottom by the same number.", "    hint:");

        Assert.That(_folder.Load().Lessons[0].FindExercise("simplify")!.Hint, Is.Null);
    }

    [Test]
    public void Load_WhenALessonDependsOnALaterLesson_IsAcceptedWithoutACycle()
    {
        _folder.Edit("02-decimals.yaml", "prerequisites: [fractions]", "prerequisites: []");
        _folder.Edit("01-fractions.yaml", "title: Fractions\n", "title: Fractions\nprerequisites: [decimals]\n");

        Assert.That(_folder.Load().Lessons[0].Prerequisites, Is.EqualTo(new[] { "decimals" }));
    }

    [Test]
    public void Load_WhenTheFolderHoldsOtherFiles_IgnoresThoseThatAreNotYaml()
    {
        _folder.Write("README.md", "Notes for teachers.");

        Assert.That(_folder.Load().Lessons, Has.Count.EqualTo(2));
    }

    [Test]
    public void Load_OfARelativePath_IsRelativeToTheWorkingDirectory()
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, _folder.Path);

        Assert.That(Infrastructure.Curriculum.CourseLoader.Load(relative).Title, Is.EqualTo("Sample course"));
    }
}
