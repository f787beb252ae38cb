using MediatR;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Application.Common.Exceptions;
using TutorBot.Application.Lessons;
using TutorBot.Domain.Common;
using TutorBot.Domain.Teaching;

namespace TutorBot.Application.Tests.Functional.Lessons;

public sealed class LessonFlowTests : LessonTest
{
    [Test]
    public async Task WholeLesson_AllRight_GradesAHundredPercentA_UnlocksTheNextAndOffersIt()
    {
        await StartWithCourseAsync();
        await RegisterAsync(Ann);

        var step = await SendAsync(new StartLessonCommand(Ann, 1));
        var answers = await AnswerAllAsync(Ann, "1", "  The Numerator. ", "3/4");
        var grade = await SendAsync(new GradeLessonCommand(Ann));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(step.Resumed, Is.False);
            Assert.That(step.Exercise! with { Options = [] }, Is.EqualTo(new ExerciseDto("c1", 1, 3, ExerciseKind.Choice, "Which is 6/8?", [], 10, true, false, false)));
            Assert.That(step.Exercise!.Options, Is.EqualTo(new[] { "3/4", "2/3", "6/4" }));
            Assert.That(answers.Select(a => a.Outcome), Has.All.EqualTo(AnswerOutcome.Correct));
            Assert.That(answers.Select(a => a.Next?.Id), Is.EqualTo(new[] { "t1", "n1", null }));
            Assert.That(answers.Select(a => a.LessonFinished), Is.EqualTo(new[] { false, false, true }));
            Assert.That(answers[0].Explanation, Is.EqualTo("6/8 = 3/4."));
            Assert.That((grade.Earned, grade.Possible, grade.Percentage, grade.Letter, grade.Passed), Is.EqualTo((30m, 30m, 100m, LetterGrade.A, true)));
            Assert.That(grade.Unlocked.Select(l => l.Id), Is.EqualTo(new[] { "next" }));
            Assert.That(grade.NextLesson?.Id, Is.EqualTo("next"));
            Assert.That(grade.IsBest, Is.True);
        }

        var lessons = await SendAsync(new ListLessonsQuery(Ann));
        Assert.That(lessons.Select(l => l.State), Is.EqualTo(new[] { LessonState.Passed, LessonState.Available, LessonState.Available }));
    }

    [Test]
    public async Task WrongThenRight_EarnsTheRetryCredit_WrongTwice_EarnsNothing_HintCostsItsShare()
    {
        await StartWithCourseAsync();
        await RegisterAsync(Ann);
        await SendAsync(new StartLessonCommand(Ann, 1));

        var wrongOnce = await SendAsync(new SubmitAnswerCommand(Ann, "2"));
        var rightOnRetry = await SendAsync(new SubmitAnswerCommand(Ann, "3/4"));
        var wrongTwice = await AnswerAllAsync(Ann, "denominator", "whole");
        var hint = await SendAsync(new GetHintCommand(Ann));
        var rightWithHint = await SendAsync(new SubmitAnswerCommand(Ann, "75%"));
        var grade = await SendAsync(new GradeLessonCommand(Ann));

        using (Assert.EnterMultipleScope())
        {
            Assert.That((wrongOnce.Outcome, wrongOnce.Explanation, wrongOnce.Next), Is.EqualTo((AnswerOutcome.TryAgain, (string?)null, (ExerciseDto?)null)));
            Assert.That((rightOnRetry.Outcome, rightOnRetry.PointsEarned), Is.EqualTo((AnswerOutcome.Correct, 5m)));
            Assert.That(wrongTwice.Select(a => a.Outcome), Is.EqualTo(new[] { AnswerOutcome.TryAgain, AnswerOutcome.Wrong }));
            Assert.That(wrongTwice[1].CorrectAnswer, Is.EqualTo("numerator"));
            Assert.That((hint.Hint, hint.PointsNow), Is.EqualTo(("Make quarters.", 5m)));
            Assert.That(rightWithHint.PointsEarned, Is.EqualTo(5m));
            Assert.That((grade.Earned, grade.Possible, grade.Letter, grade.Passed), Is.EqualTo((10m, 30m, LetterGrade.F, false)));
            Assert.That(grade.Percentage, Is.EqualTo(10m / 30m * 100));
            Assert.That(grade.Unlocked, Is.Empty);
            Assert.That(grade.NextLesson?.Id, Is.EqualTo("basics"), "failed: the same lesson again");
        }
    }

    [Test]
    public async Task UnreadableAnswer_CountsNothing_AndSaysWhatIsExpected()
    {
        await StartWithCourseAsync(SmallCourse(Number()));
        await RegisterAsync(Ann);
        await SendAsync(new StartLessonCommand(Ann, 1));

        var unreadable = await SendAsync(new SubmitAnswerCommand(Ann, "three quarters"));
        var right = await SendAsync(new SubmitAnswerCommand(Ann, "0.75"));

        Assert.That((unreadable.Outcome, unreadable.Problem), Is.EqualTo((AnswerOutcome.Unreadable, "Answer with a number, like 0.5, 1/2 or 50%.")));
        Assert.That(right.PointsEarned, Is.EqualTo(10m), "the unreadable answer was not a try");
    }

    [Test]
    public async Task AllWrong_IsZeroPercentF()
    {
        await StartWithCourseAsync();
        await RegisterAsync(Ann);
        await SendAsync(new StartLessonCommand(Ann, 1));
        await AnswerAllAsync(Ann, "2", "3", "x y", "z w", "1", "2");

        var grade = await SendAsync(new GradeLessonCommand(Ann));

        Assert.That((grade.Percentage, grade.Letter, grade.Passed), Is.EqualTo((0m, LetterGrade.F, false)));
    }

    [Test]
    public async Task GradingAnUnfinishedLesson_IsRefused_AndChangesNothing()
    {
        await StartWithCourseAsync();
        await RegisterAsync(Ann);
        await SendAsync(new StartLessonCommand(Ann, 1));
        await SendAsync(new SubmitAnswerCommand(Ann, "1"));

        var refused = Assert.ThrowsAsync<DomainException>(() => SendAsync(new GradeLessonCommand(Ann)));

        Assert.That(refused.Message, Does.Contain("2 exercise(s) still to answer"));
        var open = await SendAsync(new GetOpenExerciseQuery(Ann));
        Assert.That(open?.Id, Is.EqualTo("t1"));
    }

    [Test]
    public async Task DoubleTap_TheSameAnswerToTheSameExerciseTwice_CountsOnce()
    {
        await StartWithCourseAsync();
        await RegisterAsync(Ann);
        await SendAsync(new StartLessonCommand(Ann, 1));

        var tapped = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            try
            {
                return await SendAsync(new SubmitAnswerCommand(Ann, "1", "c1"));
            }
            catch (DomainException)
            {
                return null;
            }
        }));

        Assert.That(tapped.Count(r => r is not null), Is.EqualTo(1));
        var progress = await SendAsync(new GetProgressQuery(Ann));
        Assert.That(progress.Lessons[0].Attempts.Single().Answered, Is.EqualTo(1));
    }

    [Test]
    public async Task DoubleTap_OnAWrongOption_CountsOnce_TheRetryIsNotUsedUp()
    {
        await StartWithCourseAsync();
        await RegisterAsync(Ann);
        await SendAsync(new StartLessonCommand(Ann, 1));

        var first = await SendAsync(new SubmitAnswerCommand(Ann, "2", "c1", Try: 1));
        var second = Assert.ThrowsAsync<DomainException>(() => SendAsync(new SubmitAnswerCommand(Ann, "2", "c1", Try: 1)));
        var retry = await SendAsync(new SubmitAnswerCommand(Ann, "1", "c1", Try: 2));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Outcome, Is.EqualTo(AnswerOutcome.TryAgain));
            Assert.That(second.Message, Is.EqualTo("That exercise is already answered."));
            Assert.That((retry.Outcome, retry.PointsEarned), Is.EqualTo((AnswerOutcome.Correct, 5m)), "the second tap did not take the retry");
        }
    }

    [Test]
    public async Task Cancel_KeepsProgress_AndLessonNResumesWhereItStopped()
    {
        await StartWithCourseAsync();
        await RegisterAsync(Ann);
        await SendAsync(new StartLessonCommand(Ann, 1));
        await SendAsync(new SubmitAnswerCommand(Ann, "1"));

        var left = await SendAsync(new CancelLessonCommand(Ann));
        var openAfterCancel = await SendAsync(new GetOpenExerciseQuery(Ann));
        var resumed = await SendAsync(new StartLessonCommand(Ann, 1));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(left.Id, Is.EqualTo("basics"));
            Assert.That(openAfterCancel, Is.Null);
            Assert.That((resumed.Resumed, resumed.AttemptNumber, resumed.Exercise?.Id, resumed.Exercise?.Position), Is.EqualTo((true, 1, "t1", 2)));
        }

        await SendAsync(new CancelLessonCommand(Ann));
        var nothingOpen = Assert.ThrowsAsync<DomainException>(() => SendAsync(new CancelLessonCommand(Ann)));
        Assert.That(nothingOpen.Message, Is.EqualTo(LessonQueries.NoLessonOpen));
    }

    [Test]
    public async Task LockedLesson_IsRefusedNamingWhatToPassFirst_UnknownLessonAndStudentAreNotFound()
    {
        await StartWithCourseAsync();
        await RegisterAsync(Ann);

        var locked = Assert.ThrowsAsync<DomainException>(() => SendAsync(new StartLessonCommand(Ann, 2)));
        Assert.That(locked.Message, Is.EqualTo("Lesson 2 is locked: pass lesson 1 (Basics) first."));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new StartLessonCommand(Ann, 4)));
        Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new StartLessonCommand(99, 1)));
        Assert.ThrowsAsync<ValidationException>(() => SendAsync(new StartLessonCommand(Ann, 0)));
        Assert.ThrowsAsync<DomainException>(() => SendAsync(new SubmitAnswerCommand(Ann, "1")), "no lesson open");
        Assert.ThrowsAsync<ValidationException>(() => SendAsync(new SubmitAnswerCommand(Ann, "  ")));
    }

    [Test]
    public async Task Retake_KeepsTheBestGrade()
    {
        await StartWithCourseAsync();
        await RegisterAsync(Ann);
        await SendAsync(new StartLessonCommand(Ann, 1));
        await AnswerAllAsync(Ann, "1", "numerator", "0.75");
        var first = await SendAsync(new GradeLessonCommand(Ann));

        var retake = await SendAsync(new StartLessonCommand(Ann, 1));
        await AnswerAllAsync(Ann, "1", "numerator", "1", "2");
        var second = await SendAsync(new GradeLessonCommand(Ann));

        using (Assert.EnterMultipleScope())
        {
            Assert.That((retake.AttemptNumber, retake.Resumed), Is.EqualTo((2, false)));
            Assert.That(first.Letter, Is.EqualTo(LetterGrade.A));
            Assert.That((second.Letter, second.IsBest, second.BestLetter, second.BestPercentage), Is.EqualTo((LetterGrade.D, false, LetterGrade.A, 100m)));
            Assert.That(second.Unlocked, Is.Empty, "already unlocked by the first attempt");
        }

        var status = (await SendAsync(new ListLessonsQuery(Ann)))[0];
        Assert.That((status.State, status.Attempts, status.BestLetter), Is.EqualTo((LessonState.Passed, 2, (LetterGrade?)LetterGrade.A)));
    }

    [Test]
    public async Task CourseEditedBetweenAttempts_ARemovedExerciseIsSkipped_AndStoredAnswersStayAsTheyWere()
    {
        await StartWithCourseAsync();
        await RegisterAsync(Ann);
        await SendAsync(new StartLessonCommand(Ann, 1));
        await SendAsync(new SubmitAnswerCommand(Ann, "1"));
        await Host.DisposeAsync();

        // The teacher removes the text exercise while Ann is in the middle of the lesson.
        await StartWithCourseAsync(SmallCourse(Choice(), Number()));
        var resumed = await SendAsync(new StartLessonCommand(Ann, 1));
        await SendAsync(new SubmitAnswerCommand(Ann, "0.75"));
        var grade = await SendAsync(new GradeLessonCommand(Ann));

        Assert.That(resumed.Exercise?.Id, Is.EqualTo("n1"));
        Assert.That((grade.Earned, grade.Possible, grade.Percentage), Is.EqualTo((20m, 20m, 100m)));
    }

    [Test]
    public async Task OneScope_HintAnswerHintAnswer_EachRequestSeesTheAttemptAsTheLastOneLeftIt()
    {
        // The Telegram transport runs several requests of one update in one scope: an answer saved without the change
        // tracker must not leave an older tracked copy of the attempt behind for the next request to reuse.
        await StartWithCourseAsync();
        await RegisterAsync(Ann);
        await SendAsync(new StartLessonCommand(Ann, 1));

        var (firstHint, answer, secondHint, retry) = await Host.InScopeAsync(async services =>
        {
            var mediator = services.GetRequiredService<IMediator>();
            var firstHint = await mediator.Send(new GetHintCommand(Ann));
            var answer = await mediator.Send(new SubmitAnswerCommand(Ann, "1"));
            var secondHint = await mediator.Send(new GetHintCommand(Ann));
            var retry = await mediator.Send(new SubmitAnswerCommand(Ann, "wrong"));
            return (firstHint, answer, secondHint, retry);
        });
        var progress = await SendAsync(new GetProgressQuery(Ann));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(firstHint.Hint, Is.EqualTo("Divide by 2."));
            Assert.That((answer.Outcome, answer.PointsEarned), Is.EqualTo((AnswerOutcome.Correct, 5m)), "right after the hint: half the points");
            Assert.That(secondHint.Hint, Is.EqualTo("Starts with n."), "the hint of the second exercise, not the first again");
            Assert.That(retry.Outcome, Is.EqualTo(AnswerOutcome.TryAgain));
            Assert.That(progress.Lessons[0].Attempts.Single().Answered, Is.EqualTo(1));
        }
    }
}
