using TutorBot.Domain.Common;
using TutorBot.Domain.Teaching;

namespace TutorBot.Domain.Tests.Teaching;

public sealed class ChoiceExerciseTests
{
    private readonly ChoiceExercise _exercise = Samples.Choice();

    [TestCase("1", AnswerVerdict.Correct, TestName = "Check_TheCorrectOptionsNumber_IsCorrect")]
    [TestCase(" 1. ", AnswerVerdict.Correct, TestName = "Check_TheCorrectOptionsNumberWithSpacesAndAFullStop_IsCorrect")]
    [TestCase("3/4", AnswerVerdict.Correct, TestName = "Check_TheCorrectOptionsText_IsCorrect")]
    [TestCase("  3/4 !", AnswerVerdict.Correct, TestName = "Check_TheCorrectOptionsTextNormalised_IsCorrect")]
    [TestCase("2", AnswerVerdict.Wrong, TestName = "Check_AnotherOptionsNumber_IsWrong")]
    [TestCase("4", AnswerVerdict.Wrong, TestName = "Check_TheLastOptionsNumber_IsWrong")]
    [TestCase("2/3", AnswerVerdict.Wrong, TestName = "Check_AnotherOptionsText_IsWrong")]
    [TestCase("0", AnswerVerdict.Unreadable, TestName = "Check_NumberZero_IsUnreadable")]
    [TestCase("5", AnswerVerdict.Unreadable, TestName = "Check_ANumberPastTheLastOption_IsUnreadable")]
    [TestCase("-1", AnswerVerdict.Unreadable, TestName = "Check_ANegativeNumber_IsUnreadable")]
    [TestCase("99999999999999999999", AnswerVerdict.Unreadable, TestName = "Check_AHugeNumber_IsUnreadable")]
    [TestCase("0.75", AnswerVerdict.Unreadable, TestName = "Check_TheValueInAnotherForm_IsUnreadable")]
    [TestCase("three quarters", AnswerVerdict.Unreadable, TestName = "Check_TextThatIsNoOption_IsUnreadable")]
    [TestCase("", AnswerVerdict.Unreadable, TestName = "Check_Empty_IsUnreadable")]
    [TestCase("   ", AnswerVerdict.Unreadable, TestName = "Check_Whitespace_IsUnreadable")]
    public void Check_GivesTheVerdict(string answer, AnswerVerdict expected)
    {
        Assert.That(_exercise.Check(answer).Verdict, Is.EqualTo(expected));
    }

    [Test]
    public void Check_WhenUnreadable_SaysHowToAnswer()
    {
        var check = _exercise.Check("banana");

        Assert.That(check, Is.EqualTo(new AnswerCheck(AnswerVerdict.Unreadable, "Answer with the number of an option, 1 to 4.")));
    }

    [Test]
    public void Check_WhenReadable_HasNoProblem()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_exercise.Check("1").Problem, Is.Null);
            Assert.That(_exercise.Check("2").Problem, Is.Null);
        }
    }

    [Test]
    public void Check_ANumberThatIsAlsoAnOptionsText_MeansTheOptionAtThatPosition()
    {
        var exercise = new ChoiceExercise("sum", "What is -3 + 5?", 10, null, "Count up 5 from -3.", ["8", "2", "-2", "-8"], 1);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exercise.Check("2").Verdict, Is.EqualTo(AnswerVerdict.Correct));
            Assert.That(exercise.Check("1").Verdict, Is.EqualTo(AnswerVerdict.Wrong));
            Assert.That(exercise.Check("-2").Verdict, Is.EqualTo(AnswerVerdict.Wrong));
        }
    }

    [Test]
    public void Members_DescribeTheExercise()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_exercise.Kind, Is.EqualTo(ExerciseKind.Choice));
            Assert.That(_exercise.CorrectAnswer, Is.EqualTo("3/4"));
            Assert.That(_exercise.CorrectOption, Is.Zero);
            Assert.That(_exercise.Options, Is.EqualTo(new[] { "3/4", "2/3", "6/4", "1/2" }));
            Assert.That(_exercise.FindOption("6/4"), Is.EqualTo(2));
            Assert.That(_exercise.FindOption("nothing"), Is.EqualTo(-1));
        }
    }

    [Test]
    public void Options_AreACopy_SoChangingTheSourceListChangesNothing()
    {
        var options = new List<string> { "yes", "no" };
        var exercise = new ChoiceExercise("copy", "Is 1/2 = 2/4?", 10, null, "Both are a half.", options, 0);

        options[0] = "maybe";

        Assert.That(exercise.CorrectAnswer, Is.EqualTo("yes"));
    }

    private static IEnumerable<TestCaseData> InvalidOptions()
    {
        yield return new TestCaseData(new[] { "only" }, 0, "must have 2 to 8 options, not 1").SetName("Constructor_WhenOneOption_Throws");
        yield return new TestCaseData(Array.Empty<string>(), 0, "must have 2 to 8 options, not 0").SetName("Constructor_WhenNoOption_Throws");
        yield return new TestCaseData(Enumerable.Range(1, 9).Select(i => $"option {i}").ToArray(), 0, "must have 2 to 8 options, not 9")
            .SetName("Constructor_WhenNineOptions_Throws");
        yield return new TestCaseData(new[] { "3/4", " 3/4. " }, 0, "options 1 and 2 are the same answer").SetName("Constructor_WhenOptionsDifferOnlyByNormalisation_Throws");
        yield return new TestCaseData(new[] { "Yes", "no", "YES" }, 0, "options 1 and 3 are the same answer").SetName("Constructor_WhenOptionsDifferOnlyByCase_Throws");
        yield return new TestCaseData(new[] { "yes", "  " }, 0, "option 2 is blank").SetName("Constructor_WhenAnOptionIsBlank_Throws");
        yield return new TestCaseData(new[] { "yes", "?!" }, 0, "option 2 is blank").SetName("Constructor_WhenAnOptionIsOnlyPunctuation_Throws");
        yield return new TestCaseData(new[] { "yes", "no" }, 2, "the correct option must be one of its 2 options (0 to 1), not 2")
            .SetName("Constructor_WhenCorrectOptionIsPastTheEnd_Throws");
        yield return new TestCaseData(new[] { "yes", "no" }, -1, "the correct option must be one of its 2 options (0 to 1), not -1")
            .SetName("Constructor_WhenCorrectOptionIsNegative_Throws");
    }

    [TestCaseSource(nameof(InvalidOptions))]
    public void Constructor_WhenOptionsAreInvalid_ThrowsWithAClearMessage(string[] options, int correctOption, string message)
    {
        Assert.That(
            () => new ChoiceExercise("pick", "Pick one.", 10, null, "Because.", options, correctOption),
            Throws.TypeOf<DomainException>().With.Message.StartsWith("Exercise 'pick'").And.Message.Contains(message));
    }

    [Test]
    public void Constructor_AcceptsEightOptions()
    {
        var exercise = new ChoiceExercise("eight", "Pick.", 10, null, "Because.", ["1", "2", "3", "4", "5", "6", "7", "8"], 7);

        Assert.That(exercise.Check("8").Verdict, Is.EqualTo(AnswerVerdict.Correct));
    }
}
