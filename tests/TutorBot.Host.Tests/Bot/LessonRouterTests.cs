using TutorBot.Domain.Teaching;
using TutorBot.Host.Bot;
using TutorBot.Host.Bot.Commands;
using TutorBot.Host.Tests.Lessons;
using TutorBot.Host.Tests.Tutoring;

namespace TutorBot.Host.Tests.Bot;

/// <summary>
/// Lessons through the router, answers typed or tapped, on the shipped course (lesson 1: 8 exercises of 10 points).
/// One bot for the fixture; each test is a new student, so tests share nothing but the database file.
/// </summary>
public sealed class LessonRouterTests
{
    private static readonly IReadOnlyList<Exercise> Exercises = ShippedLessons.First.Exercises;

    private RouterHost _host = null!;
    private long _student;

    [OneTimeSetUp]
    public async Task StartHost() => _host = await RouterHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopHost() => await _host.DisposeAsync();

    [SetUp]
    public void NewStudent() => _student++;

    [Test]
    public async Task WrongThenRight_EarnsPartOfThePoints_AndLowersTheGrade()
    {
        await SendAsync("/lesson 1");

        var retry = await SendAsync(ShippedLessons.WrongAnswer(Exercises[0]));
        var right = await SendAsync(ShippedLessons.RightAnswer(Exercises[0]));
        var grade = await AnswerRightFromAsync(1);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(retry.Text, Does.StartWith("Not quite. Have another go").And.Contain("Second try"));
            Assert.That(retry.Buttons!.SelectMany(r => r).Select(b => b.Data), Has.All.EndsWith(" 2"), "the retry's buttons");
            Assert.That(right.Text, Does.StartWith("Right! You earn 5 of 10 points.").And.Contain("Exercise 2 of 8"));
            Assert.That(grade.Text, Does.Contain("Score: 75 of 80 points, 93.7%, grade A: passed!"));
        }
    }

    [Test]
    public async Task WrongTwice_EarnsNothing_AndShowsTheAnswerAndWhy()
    {
        await SendAsync("/lesson 1");

        await SendAsync(ShippedLessons.WrongAnswer(Exercises[0]));
        var wrong = await SendAsync(ShippedLessons.WrongAnswer(Exercises[0]));
        var grade = await AnswerRightFromAsync(1);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(wrong.Text, Does.StartWith($"Not right. The answer is {Exercises[0].CorrectAnswer}. You earn 0 of 10 points.\nWhy: "));
            Assert.That(wrong.Text, Does.Contain("Exercise 2 of 8"));
            Assert.That(grade.Text, Does.Contain("Score: 70 of 80 points, 87.5%, grade B: passed!"));
        }
    }

    [Test]
    public async Task Unreadable_CountsNothing_AndTheExerciseStaysOpen()
    {
        await SendAsync("/lesson 1");
        await AnswerRightAsync(0, 2);

        var unreadable = await SendAsync("lots and lots");
        var right = await SendAsync(ShippedLessons.RightAnswer(Exercises[2]));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Exercises[2].Kind, Is.EqualTo(ExerciseKind.Number));
            Assert.That(unreadable.Text, Does.StartWith("I can't read that as an answer.").And.EndWith("Nothing was counted."));
            Assert.That(right.Text, Does.StartWith("Right! You earn 10 of 10 points."));
        }
    }

    [Test]
    public async Task Hint_CostsHalfThePoints()
    {
        await SendAsync("/lesson 1");

        var hint = await SendAsync("/hint");
        var right = await SendAsync(ShippedLessons.RightAnswer(Exercises[0]));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(hint.Text, Is.EqualTo($"Hint: {Exercises[0].Hint}\nA right answer now earns at most 5 of 10 points."));
            Assert.That(right.Text, Does.StartWith("Right! You earn 5 of 10 points."));
        }
    }

    [Test]
    public async Task Cancel_KeepsProgress_AndLessonNResumesAtTheOpenExercise()
    {
        await SendAsync("/lesson 1");
        await AnswerRightAsync(0, 2);

        var cancel = await SendAsync("/cancel");
        var chat = (await _host.SendAsync(_student, "what is a common denominator?")).Single();
        var resumed = await SendAsync("/lesson 1");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(cancel.Text, Does.StartWith("You left lesson 1. Fractions.").And.Contain("send /lesson 1 to go on"));
            Assert.That(cancel.Buttons![0][0].Data, Is.EqualTo("/lesson 1"));
            Assert.That(chat.Text, Does.StartWith(OfflineTutorText.AnswerStart), "after /cancel, text is a question again");
            Assert.That(resumed.Text, Does.StartWith("Welcome back to lesson 1. Fractions").And.Contain("Exercise 3 of 8"));
        }
    }

    [Test]
    public async Task DoubleTap_OnAChoiceButton_CountsOnce()
    {
        var start = await SendAsync("/lesson 1");
        var right = start.Buttons!.SelectMany(r => r).Single(b => b.Data.EndsWith($" {ShippedLessons.RightAnswer(Exercises[0])} 1", StringComparison.Ordinal));

        var first = await SendAsync(right.Data);
        var second = await SendAsync(right.Data);
        var next = await SendAsync(ShippedLessons.RightAnswer(Exercises[1]));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Text, Does.StartWith("Right! You earn 10 of 10 points."));
            Assert.That(second.Text, Does.StartWith(AnswerCommand.AlreadyCounted).And.Contain("Exercise 2 of 8"));
            Assert.That(next.Text, Does.StartWith("Right!").And.Contain("Exercise 3 of 8"), "the second tap did not answer exercise 2");
            Assert.That(_host.Database.Scalar($"SELECT COUNT(*) FROM ConversationMessages WHERE StudentId = {_student}"), Is.EqualTo(2),
                "only the counted answers are kept in the conversation");
        }
    }

    [Test]
    public async Task DoubleTap_OfAWrongOption_CountsOnce_TheRetryStaysOpen()
    {
        var start = await SendAsync("/lesson 1");
        var wrong = start.Buttons!.SelectMany(r => r).First(b => b.Data.EndsWith($" {ShippedLessons.WrongAnswer(Exercises[0])} 1", StringComparison.Ordinal));

        await SendAsync(wrong.Data);
        var second = await SendAsync(wrong.Data);
        var right = await SendAsync(ShippedLessons.RightAnswer(Exercises[0]));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(second.Text, Does.StartWith(AnswerCommand.AlreadyCounted).And.Contain("Second try"));
            Assert.That(right.Text, Does.StartWith("Right! You earn 5 of 10 points."), "still the second try, not wrong twice");
        }
    }

    [Test]
    public async Task Commands_StillWork_DuringAnExercise_AndTheAnswerFollows()
    {
        await SendAsync("/lesson 1");

        var help = await SendAsync("/help");
        var lessons = await SendAsync("/lessons");
        var progress = await SendAsync("/progress");
        var right = await SendAsync(ShippedLessons.RightAnswer(Exercises[0]));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(help.Text, Does.StartWith("Here is what I understand"));
            Assert.That(lessons.Text, Does.Contain("1. Fractions: in progress").And.Contain("2. Decimals: locked (pass 1. Fractions first)"));
            Assert.That(progress.Text, Does.Contain("attempt 1: 0 of 8 answered").And.Contain("Open now: 1. Fractions"));
            Assert.That(right.Text, Does.StartWith("Right!"));
        }
    }

    [Test]
    public async Task ShortAnswer_IsAnAnswer_NotTooShortConversation()
    {
        await SendAsync("/lesson 1");

        var reply = await SendAsync("1");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reply.Text, Does.StartWith("Right!"));
            Assert.That(_host.Database.Scalar($"SELECT COUNT(*) FROM ConversationMessages WHERE StudentId = {_student} AND Text = '1'"), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Retake_AfterAGrade_StartsAFreshAttempt_AndKeepsTheBest()
    {
        await SendAsync("/lesson 1");
        await AnswerRightFromAsync(0);

        var retake = await SendAsync("/lesson 1");
        await SendAsync(ShippedLessons.WrongAnswer(Exercises[0]));
        await SendAsync(ShippedLessons.WrongAnswer(Exercises[0]));
        var grade = await AnswerRightFromAsync(1);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(retake.Text, Does.StartWith("Lesson 1. Fractions (attempt 2)\n"));
            Assert.That(grade.Text, Does.Contain("87.5%, grade B: passed!").And.Contain("Your best in this lesson: 100.0% (A)."));
        }
    }

    [TestCase("/lesson", "Which lesson? Send /lesson and its number")]
    [TestCase("/lesson x", "There is no lesson \"x\": the lessons are numbered 1 to 8.")]
    [TestCase("/lesson 99", "There is no lesson \"99\": the lessons are numbered 1 to 8.")]
    [TestCase("/lesson -1", "There is no lesson \"-1\"")]
    [TestCase("/lesson 2", "Lesson 2. Decimals is locked: pass 1. Fractions first.")]
    [TestCase("/hint", "No exercise is open right now.")]
    [TestCase("/cancel", "You have no lesson open")]
    [TestCase("/answer", "To answer, tap one of the exercise's buttons")]
    [TestCase("/answer simplify-six-eighths 1 1", "That button's answer was counted already. No exercise is open")]
    public async Task BadInput_GetsAFriendlyReply(string text, string expected)
    {
        var reply = await SendAsync(text);

        Assert.That(reply.Text, Does.StartWith(expected));
    }

    [Test]
    public async Task LockedLesson_OffersTheLessonToPassFirst()
    {
        var reply = await SendAsync("/lesson 3");

        Assert.That(reply.Buttons!.SelectMany(r => r).Select(b => b.Data), Is.EqualTo(new[] { "/lesson 2" }));
    }

    private Task<BotReply> SendAsync(string text) => _host.ReplyAsync(_student, text);

    private async Task AnswerRightAsync(int from, int count)
    {
        for (var i = from; i < from + count; i++)
        {
            Assert.That((await SendAsync(ShippedLessons.RightAnswer(Exercises[i]))).Text, Does.StartWith("Right!"), Exercises[i].Id);
        }
    }

    /// <summary>Answers every exercise from <paramref name="from"/> on; returns the last reply, the grade.</summary>
    private async Task<BotReply> AnswerRightFromAsync(int from)
    {
        await AnswerRightAsync(from, Exercises.Count - from - 1);
        return await SendAsync(ShippedLessons.RightAnswer(Exercises[^1]));
    }
}
