namespace TutorBot.Infrastructure.Tests.Curriculum;

/// <summary>Problems within one exercise; each message names the file and the exercise.</summary>
public sealed class ExerciseValidationTests
{
    private const string File = "01-fractions.yaml";

    private CourseFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = CourseFolder.Create();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    [TestCase("    answer: numerator\n", "exercise \"name-the-top\" has no answer.")]
    [TestCase("    prompt: What is the top number of a fraction called?\n", "exercise \"name-the-top\" has no prompt.")]
    [TestCase("    explanation: It counts the parts.\n", "exercise \"name-the-top\" has no explanation")]
    [TestCase("    kind: text\n", "exercise \"name-the-top\" has no kind; use choice, text or number.")]
    [TestCase("  - id: name-the-top\n    kind: text\n", "exercise 2 has no id.")]
    public void Load_WhenARequiredExerciseFieldIsMissing_NamesFileExerciseAndField(string removed, string problem)
    {
        _folder.Edit(File, removed, removed.StartsWith("  - id", StringComparison.Ordinal) ? "  - kind: text\n" : "");

        Assert.That(_folder.Problems(), Does.Contain($"{File}: {problem}"));
    }

    [Test]
    public void Load_WhenTheAnswerIsEmpty_SaysTheExerciseHasNoAnswer()
    {
        _folder.Edit(File, "    answer: numerator", "    answer:");

        Assert.That(_folder.Problems(), Does.Contain($"{File}: exercise \"name-the-top\" has no answer."));
    }

    [Test]
    public void Load_WhenTheKindIsUnknown_NamesIt()
    {
        _folder.Edit(File, "kind: text", "kind: essay");

        Assert.That(_folder.Problems(), Does.Contain($"{File}: exercise \"name-the-top\" has an unknown kind \"essay\"; use choice, text or number."));
    }

    [Test]
    public void Load_WhenTheChoiceAnswerIsNotAnOption_SaysSo()
    {
        _folder.Edit(File, "answer: 3/4", "answer: 0.75");

        Assert.That(_folder.Problems(), Does.Contain($"{File}: exercise \"simplify\" answer \"0.75\" is not one of the options."));
    }

    [Test]
    public void Load_WhenTheChoiceAnswerDiffersFromAnOptionOnlyInCase_SuggestsTheOption()
    {
        _folder.Edit(File, "options: [3/4, 2/3, 6/4, 1/2]", "options: [Three quarters, 2/3]");
        _folder.Edit(File, "answer: 3/4", "answer: three quarters");

        Assert.That(_folder.Problems(), Does.Contain("(did you mean \"Three quarters\"?)"));
    }

    [Test]
    public void Load_WhenChoiceOptionsRepeat_NamesTheRepeatedOptions()
    {
        _folder.Edit(File, "options: [3/4, 2/3, 6/4, 1/2]", "options: [3/4, 2/3, '2/3.', 1/2]");

        Assert.That(_folder.Problems(), Does.Contain($"{File}: exercise \"simplify\" has options that read the same to a student: \"2/3\" and \"2/3.\""));
    }

    [Test]
    public void Load_WhenAChoiceHasOneOption_AsksForAtLeastTwo()
    {
        _folder.Edit(File, "options: [3/4, 2/3, 6/4, 1/2]", "options: [3/4]");

        Assert.That(_folder.Problems(), Does.Contain($"{File}: exercise \"simplify\" needs a list of at least 2 options."));
    }

    [TestCase("1/3")]
    [TestCase("three quarters")]
    [TestCase("75%")]
    public void Load_WhenANumberAnswerIsNotADecimal_SaysSo(string answer)
    {
        _folder.Edit(File, "answer: 0.75", $"answer: {answer}");

        Assert.That(_folder.Problems(), Does.Contain($"{File}: exercise \"half-plus-quarter\" answer \"{answer}\" is not a number"));
    }

    [TestCase("-0.1")]
    [TestCase("a little")]
    public void Load_WhenTheToleranceIsBad_SaysSo(string tolerance)
    {
        _folder.Edit(File, "tolerance: 0.01", $"tolerance: {tolerance}");

        Assert.That(_folder.Problems(), Does.Contain($"{File}: exercise \"half-plus-quarter\" tolerance \"{tolerance}\" must be a number of 0 or more"));
    }

    [Test]
    public void Load_WhenANumberFormIsUnknown_NamesIt()
    {
        _folder.Edit(File, "forms: [decimal, fraction, percent]", "forms: [decimal, percentage]");

        Assert.That(_folder.Problems(), Does.Contain($"{File}: exercise \"half-plus-quarter\" has an unknown number form \"percentage\"; the forms are decimal, fraction and percent."));
    }

    [Test]
    public void Load_WhenTheFormsListIsEmpty_SaysSo()
    {
        _folder.Edit(File, "forms: [decimal, fraction, percent]", "forms: []");

        Assert.That(_folder.Problems(), Does.Contain($"{File}: exercise \"half-plus-quarter\" has an empty list of forms"));
    }

    [TestCase("0")]
    [TestCase("101")]
    [TestCase("-5")]
    [TestCase("ten")]
    [TestCase("2.5")]
    public void Load_WhenPointsAreOutOfRange_SaysTheRange(string points)
    {
        _folder.Edit(File, "points: 20", $"points: {points}");

        Assert.That(_folder.Problems(), Does.Contain($"{File}: exercise \"simplify\" has points \"{points}\"; points must be a whole number from 1 to 100"));
    }

    [TestCase("kind: text", "kind: number", "accept", "text")]
    [TestCase("kind: choice", "kind: text", "options", "choice")]
    [TestCase("kind: number", "kind: text", "tolerance", "number")]
    public void Load_WhenAnExerciseHasAKeyOfAnotherKind_NamesTheKey(string kind, string otherKind, string key, string usedBy)
    {
        _folder.Edit(File, kind, otherKind);

        Assert.That(_folder.Problems(), Does.Contain($"has \"{key}\", which only {usedBy} exercises use"));
    }

    [Test]
    public void Load_WhenAnAcceptedAlternativeIsBlank_SaysSo()
    {
        _folder.Edit(File, "accept: [the numerator]", "accept: [the numerator, '']");

        Assert.That(_folder.Problems(), Does.Contain($"{File}: exercise \"name-the-top\" has a blank accepted alternative (number 2)."));
    }
}
