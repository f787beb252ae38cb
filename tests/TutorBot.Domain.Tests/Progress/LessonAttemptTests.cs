using TutorBot.Domain.Common;
using TutorBot.Domain.Progress;
using TutorBot.Domain.Teaching;

namespace TutorBot.Domain.Tests.Progress;

public sealed class LessonAttemptTests
{
    private static readonly DateTime Now = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);
    private static readonly ScoringRules Rules = new();
    private static readonly GradeScale Scale = new();

    private static readonly TextExercise First = new("first", "Say yes.", 10, "It starts with y.", "Because.", "yes", []);
    private static readonly TextExercise Second = new("second", "Say no.", 30, null, "Because.", "no", []);
    private static readonly Lesson TwoExercises = new("lesson", "Lesson", "Text.", "Example.", [], [First, Second]);

    [Test]
    public void Start_TakesTheLessonsExercisesInOrder_AndOpensTheFirst()
    {
        var attempt = LessonAttempt.Start(7, TwoExercises, 1, Now);

        Assert.That(attempt.ExerciseIds, Is.EqualTo(new[] { "first", "second" }));
        Assert.That((attempt.OpenExerciseId, attempt.IsOpen, attempt.IsFinished), Is.EqualTo(("first", true, false)));
    }

    [Test]
    public void Start_WithAttemptNumberBelowOne_IsRefused()
    {
        Assert.That(() => LessonAttempt.Start(7, TwoExercises, 0, Now), Throws.TypeOf<DomainException>());
    }

    [Test]
    public void Answer_HintThenWrongThenRight_EarnsPointsLessHintAndRetry_AndMovesOn()
    {
        var attempt = LessonAttempt.Start(7, TwoExercises, 1, Now);
        attempt.UseHint();

        var wrong = attempt.Answer(First, AnswerVerdict.Wrong, Rules, Now);
        var right = attempt.Answer(First, AnswerVerdict.Correct, Rules, Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((wrong.Over, wrong.Earned), Is.EqualTo((false, 0m)));
            Assert.That((right.Over, right.Earned), Is.EqualTo((true, 2.5m)));
            Assert.That(attempt.OpenExerciseId, Is.EqualTo("second"));
            Assert.That((attempt.WrongTries, attempt.HintUsed), Is.EqualTo((0, false)), "the next exercise starts afresh");
            Assert.That(wrong.Result, Is.Null, "a try that allows a retry records nothing yet");
            Assert.That((right.Result!.ExerciseId, right.Result.Tries, right.Result.UsedHint, right.Result.Earned), Is.EqualTo(("first", 2, true, 2.5m)));
            Assert.That((attempt.Answered, attempt.Earned, attempt.Possible), Is.EqualTo((1, 2.5m, 10m)), "the running totals");
        }
    }

    [Test]
    public void Answer_Unreadable_CountsNothing_AndKeepsTheExerciseOpen()
    {
        var attempt = LessonAttempt.Start(7, TwoExercises, 1, Now);

        var step = attempt.Answer(First, AnswerVerdict.Unreadable, Rules, Now);

        Assert.That((step.Over, step.Result, attempt.WrongTries, attempt.Answered, attempt.OpenExerciseId), Is.EqualTo((false, (ExerciseResult?)null, 0, 0, "first")));
    }

    [Test]
    public void Answer_ToAnExerciseThatIsNotOpen_IsRefused()
    {
        var attempt = LessonAttempt.Start(7, TwoExercises, 1, Now);

        Assert.That(() => attempt.Answer(Second, AnswerVerdict.Correct, Rules, Now), Throws.TypeOf<DomainException>());
        Assert.That((attempt.Answered, attempt.Earned, attempt.Position), Is.EqualTo((0, 0m, 0)));
    }

    [Test]
    public void Grade_WhileUnfinished_IsRefused_AndOnceFinished_GradesOnce()
    {
        var attempt = LessonAttempt.Start(7, TwoExercises, 1, Now);
        attempt.Answer(First, AnswerVerdict.Correct, Rules, Now);
        Assert.That(() => attempt.Grade(Scale, Now), Throws.TypeOf<DomainException>().With.Message.Contains("1 exercise(s) still to answer"));

        attempt.Answer(Second, AnswerVerdict.Wrong, Rules, Now);
        attempt.Answer(Second, AnswerVerdict.Wrong, Rules, Now);
        var grade = attempt.Grade(Scale, Now);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((grade.Earned, grade.Possible, grade.Percentage, grade.Letter, grade.Passed), Is.EqualTo((10m, 40m, 25m, LetterGrade.F, false)));
            Assert.That((attempt.IsGraded, attempt.IsOpen, attempt.Letter), Is.EqualTo((true, false, (LetterGrade?)LetterGrade.F)));
            Assert.That(() => attempt.Grade(Scale, Now), Throws.TypeOf<DomainException>().With.Message.EqualTo("This attempt is already graded."));
            Assert.That(() => attempt.Reopen(), Throws.TypeOf<DomainException>());
        }
    }

    [Test]
    public void SkipRemovedExercises_MovesPastExercisesNoLongerInTheLesson()
    {
        var attempt = LessonAttempt.Start(7, TwoExercises, 1, Now);
        var edited = new Lesson("lesson", "Lesson", "Text.", "Example.", [], [Second]);

        attempt.SkipRemovedExercises(edited);

        Assert.That((attempt.OpenExerciseId, attempt.Position), Is.EqualTo(("second", 1)));
    }

    [Test]
    public void Grade_WhenEveryExerciseWasRemoved_IsRefused()
    {
        var attempt = LessonAttempt.Start(7, TwoExercises, 1, Now);
        attempt.SkipRemovedExercises(new Lesson("lesson", "Lesson", "Text.", "Example.", [], [new TextExercise("other", "Q?", 10, null, "E.", "a", [])]));

        Assert.That(attempt.IsFinished, Is.True);
        Assert.That(() => attempt.Grade(Scale, Now), Throws.TypeOf<DomainException>().With.Message.Contains("removed"));
    }

    [Test]
    public void UseHint_WhenFinished_IsRefused()
    {
        var attempt = LessonAttempt.Start(7, new Lesson("l", "L", "T.", "E.", [], [First]), 1, Now);
        attempt.Answer(First, AnswerVerdict.Correct, Rules, Now);

        Assert.That(attempt.UseHint, Throws.TypeOf<DomainException>());
    }
}
