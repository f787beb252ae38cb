using TutorBot.Application.Lessons;
using TutorBot.Domain.Teaching;
using TutorBot.Host.Bot;
using TutorBot.Host.Bot.Lessons;
using static TutorBot.Host.Tests.Lessons.LessonSamples;

namespace TutorBot.Host.Tests.Lessons;

public sealed class ProgressAndStepTextTests
{
    [Test]
    public void Progress_ShowsPassedCountAverageLessonsAndAttempts()
    {
        var graded = new AttemptDto(1, DateTime.UnixEpoch, DateTime.UnixEpoch, 8, 8, 59.99m, LetterGrade.F, false);
        var retake = new AttemptDto(2, DateTime.UnixEpoch, DateTime.UnixEpoch, 8, 8, 92.5m, LetterGrade.A, true);
        var open = new AttemptDto(1, DateTime.UnixEpoch, null, 3, 8, null, null, null);
        var progress = new ProgressDto(5, "Ada",
        [
            new LessonProgressDto(Status(Fractions, LessonState.Passed, 92.5m, LetterGrade.A), [graded, retake]),
            new LessonProgressDto(Status(Decimals, LessonState.InProgress), [open]),
            new LessonProgressDto(Status(Percentages, LessonState.Locked, missing: Decimals), []),
        ], Passed: 1, AverageBestPercentage: 92.5m, OpenLesson: Decimals);

        var reply = ProgressText.Reply(progress);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reply.Text, Is.EqualTo(
                "Your progress, Ada:\n" +
                "Passed 1 of 3 lessons; average best grade 92.5%.\n" +
                "1. Fractions: passed, best 92.5% (A)\n" +
                "   attempt 1: 59.9% (F), not passed; attempt 2: 92.5% (A), passed\n" +
                "2. Decimals: in progress\n" +
                "   attempt 1: 3 of 8 answered\n" +
                "3. Percentages: locked (pass 2. Decimals first)\n\n" +
                "Open now: 2. Decimals. Send /lesson 2 to go on."));
            Assert.That(reply.Buttons![0], Is.EqualTo(new[] { new BotButton("Resume 2. Decimals", "/lesson 2") }));
        }
    }

    [Test]
    public void Progress_WithNothingGraded_HasNoAverage()
    {
        var progress = new ProgressDto(5, "Ada", [new LessonProgressDto(Status(Fractions, LessonState.Available), [])], 0, null, null);

        Assert.That(ProgressText.Reply(progress).Text, Does.StartWith("Your progress, Ada:\nPassed 0 of 1 lesson.\n"));
    }

    [Test]
    public void NewAttempt_OpensWithTitleExplanationExampleThenTheExercise()
    {
        var step = new LessonStepDto(Fractions, 1, Resumed: false, "A fraction is a part.", "1/2 + 1/2 = 1.", Choice());

        var reply = StepText.Reply(step, new ScoringRules());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reply.Text, Does.StartWith(
                "Lesson 1. Fractions\n\nA fraction is a part.\n\nWorked example:\n1/2 + 1/2 = 1.\n\nExercise 1 of 8 (10 points)\n"));
            Assert.That(reply.Buttons, Has.Count.EqualTo(4));
        }
    }

    [Test]
    public void Retake_NamesTheAttempt()
    {
        var step = new LessonStepDto(Fractions, 3, Resumed: false, "A fraction is a part.", "1/2 + 1/2 = 1.", Number());

        Assert.That(StepText.Reply(step, new ScoringRules()).Text, Does.StartWith("Lesson 1. Fractions (attempt 3)\n"));
    }

    [Test]
    public void Resumed_SaysSo_AndShowsOnlyTheOpenExercise()
    {
        var step = new LessonStepDto(Fractions, 1, Resumed: true, "A fraction is a part.", "1/2 + 1/2 = 1.", Number());

        var text = StepText.Reply(step, new ScoringRules()).Text;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(text, Does.StartWith("Welcome back to lesson 1. Fractions: we go on where you left off.\n\nExercise 3 of 8"));
            Assert.That(text, Does.Not.Contain("Worked example"));
        }
    }
}
