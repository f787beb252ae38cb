using TutorBot.Domain.Common;
using TutorBot.Domain.Teaching;

namespace TutorBot.Domain.Tests.Teaching;

public sealed class TextExerciseTests
{
    private readonly TextExercise _exercise = Samples.Text(alternatives: ["the numerator", "top number"]);

    [TestCase("numerator", AnswerVerdict.Correct, TestName = "Check_TheAnswer_IsCorrect")]
    [TestCase("  Numerator. ", AnswerVerdict.Correct, TestName = "Check_TheAnswerWithCaseSpacesAndPunctuation_IsCorrect")]
    [TestCase("The   Numerator!", AnswerVerdict.Correct, TestName = "Check_AnAlternativeNormalised_IsCorrect")]
    [TestCase("top number", AnswerVerdict.Correct, TestName = "Check_AnotherAlternative_IsCorrect")]
    [TestCase("denominator", AnswerVerdict.Wrong, TestName = "Check_AnotherWord_IsWrong")]
    [TestCase("numerators", AnswerVerdict.Wrong, TestName = "Check_ANearMiss_IsWrong")]
    [TestCase("the top", AnswerVerdict.Wrong, TestName = "Check_PartOfAnAlternative_IsWrong")]
    [TestCase("", AnswerVerdict.Unreadable, TestName = "Check_Empty_IsUnreadable")]
    [TestCase(" ... ", AnswerVerdict.Unreadable, TestName = "Check_OnlyPunctuation_IsUnreadable")]
    public void Check_GivesTheVerdict(string answer, AnswerVerdict expected)
    {
        Assert.That(_exercise.Check(answer).Verdict, Is.EqualTo(expected));
    }

    [Test]
    public void Check_WhenUnreadable_SaysHowToAnswer()
    {
        Assert.That(_exercise.Check("  ").Problem, Is.EqualTo("Answer with a word or a short phrase."));
    }

    [Test]
    public void Members_DescribeTheExercise()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_exercise.Kind, Is.EqualTo(ExerciseKind.Text));
            Assert.That(_exercise.CorrectAnswer, Is.EqualTo("numerator"));
            Assert.That(_exercise.Alternatives, Is.EqualTo(new[] { "the numerator", "top number" }));
        }
    }

    [TestCase("  ", TestName = "Constructor_WhenAnswerIsBlank_Throws")]
    [TestCase("?", TestName = "Constructor_WhenAnswerIsOnlyPunctuation_Throws")]
    public void Constructor_WhenAnswerIsBlank_Throws(string answer)
    {
        Assert.That(
            () => new TextExercise("word", "Name it.", 10, null, "Because.", answer, []),
            Throws.TypeOf<DomainException>().With.Message.EqualTo("Exercise 'word' needs an answer."));
    }

    [Test]
    public void Constructor_WhenAnAlternativeIsBlank_Throws()
    {
        Assert.That(
            () => new TextExercise("word", "Name it.", 10, null, "Because.", "numerator", ["top", " "]),
            Throws.TypeOf<DomainException>().With.Message.EqualTo("Exercise 'word': accepted alternative 2 is blank."));
    }
}
