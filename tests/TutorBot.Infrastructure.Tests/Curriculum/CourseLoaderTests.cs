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

    // Exercises are looked at only through the contract's API (Kind, CorrectAnswer, Check, ...), so these tests
    // hold whatever the domain's exercise classes expose beyond it.

    [Test]
    public void Load_OfAChoiceExercise_KeepsTheOptionsInOrderAndFindsTheCorrectOneByItsText()
    {
        var exercise = _folder.Load().Lessons[0].FindExercise("simplify")!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exercise.Kind, Is.EqualTo(ExerciseKind.Choice));
            Assert.That(exercise.CorrectAnswer, Is.EqualTo("3/4"));
            Assert.That(exercise.Check("1").Verdict, Is.EqualTo(AnswerVerdict.Correct));
            Assert.That(exercise.Check("4").Verdict, Is.EqualTo(AnswerVerdict.Wrong));
            Assert.That(exercise.Check("5").Verdict, Is.EqualTo(AnswerVerdict.Unreadable));
            Assert.That(exercise.Points, Is.EqualTo(20));
            Assert.That(exercise.Hint, Is.EqualTo("Divide the top and the bottom by the same number."));
            Assert.That(exercise.Prompt, Is.EqualTo("Which fraction is equal to 6/8?"));
            Assert.That(exercise.Explanation, Is.EqualTo("6/8 = 3/4."));
        }
    }

    [Test]
    public void Load_OfATextExercise_AcceptsTheAnswerAndItsAlternatives()
    {
        var exercise = _folder.Load().Lessons[0].FindExercise("name-the-top")!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exercise.Kind, Is.EqualTo(ExerciseKind.Text));
            Assert.That(exercise.CorrectAnswer, Is.EqualTo("numerator"));
            Assert.That(exercise.Check("numerator").Verdict, Is.EqualTo(AnswerVerdict.Correct));
            Assert.That(exercise.Check("the numerator").Verdict, Is.EqualTo(AnswerVerdict.Correct));
            Assert.That(exercise.Check("denominator").Verdict, Is.EqualTo(AnswerVerdict.Wrong));
            Assert.That(exercise.Hint, Is.Null);
        }
    }

    [Test]
    public void Load_OfANumberExercise_UsesItsAnswerToleranceAndForms()
    {
        var exercise = _folder.Load().Lessons[0].FindExercise("half-plus-quarter")!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exercise.Kind, Is.EqualTo(ExerciseKind.Number));
            Assert.That(exercise.Check("0.76").Verdict, Is.EqualTo(AnswerVerdict.Correct), "within the tolerance of 0.01");
            Assert.That(exercise.Check("0.77").Verdict, Is.EqualTo(AnswerVerdict.Wrong), "beyond the tolerance");
            Assert.That(exercise.Check("3/4").Verdict, Is.EqualTo(AnswerVerdict.Correct), "fraction form");
            Assert.That(exercise.Check("75%").Verdict, Is.EqualTo(AnswerVerdict.Correct), "percent form");
        }
    }

    [Test]
    public void Load_WhenOptionalFieldsAreLeftOut_UsesTheDocumentedDefaults()
    {
        var exercise = _folder.Load().Lessons[1].FindExercise("half")!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exercise.Points, Is.EqualTo(10));
            Assert.That(exercise.Hint, Is.Null);
            Assert.That(exercise.Check("0.5").Verdict, Is.EqualTo(AnswerVerdict.Correct), "decimal form");
            Assert.That(exercise.Check("1/2").Verdict, Is.EqualTo(AnswerVerdict.Correct), "fraction form");
            Assert.That(exercise.Check("50%").Verdict, Is.EqualTo(AnswerVerdict.Unreadable), "percent is not a default form");
            Assert.That(exercise.Check("0.50001").Verdict, Is.EqualTo(AnswerVerdict.Wrong), "tolerance 0");
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
