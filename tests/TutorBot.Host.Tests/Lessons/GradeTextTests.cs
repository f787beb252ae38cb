using TutorBot.Domain.Teaching;
using TutorBot.Host.Bot;
using TutorBot.Host.Bot.Lessons;
using static TutorBot.Host.Tests.Lessons.LessonSamples;

namespace TutorBot.Host.Tests.Lessons;

public sealed class GradeTextTests
{
    [Test]
    public void Passed_ShowsScorePercentageLetter_Unlocked_AndTheNextLessonAsAButton()
    {
        var reply = GradeText.Reply(Grade(70, passed: true, LetterGrade.B, next: Decimals, unlocked: [Decimals, Percentages]), before: "Right!");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reply.Text, Is.EqualTo(
                "Right!\n\n" +
                "Lesson 1. Fractions is done.\n" +
                "Score: 70 of 80 points, 87.5%, grade B: passed!\n" +
                "Your best in this lesson: 87.5% (B).\n" +
                "Unlocked: 2. Decimals and 3. Percentages.\n" +
                "Next: lesson 2. Decimals. Send /lesson 2 to start it."));
            Assert.That(reply.Buttons![0], Is.EqualTo(new[] { new BotButton("Next: 2. Decimals", "/lesson 2") }));
        }
    }

    [Test]
    public void Percentage_IsCutNotRounded()
    {
        // 47.99 of 80 is 59.9875 %: an F, and it must not read as 60.0 %.
        var reply = GradeText.Reply(Grade(47.99m, passed: false, LetterGrade.F, next: Fractions));

        Assert.That(reply.Text, Does.Contain("59.9%, grade F: not passed yet."));
    }

    [Test]
    public void Failed_OffersTheSameLessonAgain()
    {
        var reply = GradeText.Reply(Grade(0, passed: false, LetterGrade.F, next: Fractions));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reply.Text, Does.Contain("Score: 0 of 80 points, 0.0%, grade F: not passed yet.").And.Contain("Try it again with /lesson 1"));
            Assert.That(reply.Buttons![0], Is.EqualTo(new[] { new BotButton("Retake 1. Fractions", "/lesson 1") }));
            Assert.That(reply.Text, Does.Not.Contain("Unlocked"));
        }
    }

    [Test]
    public void Retake_BetterThanBefore_IsANewBest()
    {
        var reply = GradeText.Reply(Grade(80, passed: true, LetterGrade.A, isBest: true, attempt: 2));

        Assert.That(reply.Text, Does.Contain("A new best for this lesson!"));
    }

    [Test]
    public void Retake_WorseThanBefore_ShowsTheBestSoFar()
    {
        var reply = GradeText.Reply(Grade(50, passed: true, LetterGrade.D, isBest: false, attempt: 2));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reply.Text, Does.Contain("Your best in this lesson: 95.0% (A)."));
            Assert.That(reply.Text, Does.Contain("You have passed every lesson open to you"));
        }
    }
}
