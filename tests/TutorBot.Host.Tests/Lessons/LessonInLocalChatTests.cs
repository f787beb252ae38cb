using TutorBot.Host.Tests.Cli;

namespace TutorBot.Host.Tests.Lessons;

/// <summary>The newcomer's path: <c>tutorbot chat</c> with piped input, the whole first lesson to its grade.</summary>
public sealed class LessonInLocalChatTests
{
    private TutorbotCli _cli = null!;

    [SetUp]
    public void CreateCli() => _cli = new TutorbotCli();

    [TearDown]
    public void DisposeCli() => _cli.Dispose();

    [Test]
    public async Task FirstLesson_AnsweredRight_IsGradedA_AndUnlocksTheNextLessons()
    {
        var exercises = ShippedLessons.First.Exercises;
        var answers = string.Concat(exercises.Select(e => ShippedLessons.RightAnswer(e) + "\n"));

        var result = await _cli.RunWithInputAsync($"/lesson 1\n{answers}/lessons\n", "chat", "--student", "7");

        Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
        Assert.That(result.Replies, Has.Count.EqualTo(exercises.Count + 2), result.Out);
        var grade = result.Replies[^2];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Replies[0], Does.StartWith("Lesson 1. Fractions\n").And.Contain("Worked example:")
                .And.Contain("Exercise 1 of 8 (10 points)\nWhich fraction is equal to 6/8?\n1) 3/4\n2) 3/8\n3) 2/3\n4) 4/3\n"));
            Assert.That(result.Out, Does.Not.Contain("/answer"), "local chat answers by number, not by button data");
            Assert.That(result.Replies.Skip(1).Take(exercises.Count), Has.All.StartWith("Right! You earn 10 of 10 points."));
            Assert.That(grade, Does.Contain("Score: 80 of 80 points, 100.0%, grade A: passed!"));
            Assert.That(grade, Does.Contain("Unlocked: 2. Decimals, 4. Ratios and 5. Order of operations."));
            Assert.That(grade, Does.Contain("Next: lesson 2. Decimals. Send /lesson 2 to start it.").And.Contain("[Next: 2. Decimals: /lesson 2]"));
            Assert.That(result.Replies[^1], Does.Contain("1. Fractions: passed, best 100.0% (A)").And.Contain("2. Decimals: available")
                .And.Contain("3. Percentages: locked (pass 2. Decimals first)"));
            Assert.That(_cli.Database.Scalar("SELECT COUNT(*) FROM ConversationMessages WHERE StudentId = 7"), Is.EqualTo(exercises.Count),
                "every answer is kept in the conversation");
        }
    }

    [Test]
    public async Task Start_ShowsTheLessonsButton_AndHelpListsTheLessonCommands()
    {
        var result = await _cli.RunWithInputAsync("/start\n/help\n", "chat", "--student", "7");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Replies[0], Does.Contain("/lessons lists them").And.Contain("[Lessons: /lessons]"));
            Assert.That(result.Replies[1], Does.Contain("/lessons - ").And.Contain("/lesson - ").And.Contain("/hint - ")
                .And.Contain("/cancel - ").And.Contain("/progress - "));
            Assert.That(result.Replies[1], Does.Not.Contain("/answer"));
        }
    }
}
