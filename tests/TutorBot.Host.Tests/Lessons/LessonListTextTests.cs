using TutorBot.Application.Lessons;
using TutorBot.Domain.Teaching;
using TutorBot.Host.Bot;
using TutorBot.Host.Bot.Lessons;
using static TutorBot.Host.Tests.Lessons.LessonSamples;

namespace TutorBot.Host.Tests.Lessons;

public sealed class LessonListTextTests
{
    [Test]
    public void EveryState_ReadsAsTheStudentWouldSayIt()
    {
        var reply = LessonListText.Reply(
        [
            Status(Fractions, LessonState.Passed, 87.56m, LetterGrade.B),
            Status(Decimals, LessonState.Failed, 45m, LetterGrade.F),
            Status(Percentages, LessonState.Locked, missing: Decimals),
            Status(new LessonRefDto(4, "ratios", "Ratios"), LessonState.InProgress),
            Status(new LessonRefDto(5, "order", "Order of operations"), LessonState.Available),
        ]);

        Assert.That(reply.Text, Is.EqualTo(
            "Your lessons:\n" +
            "1. Fractions: passed, best 87.5% (B)\n" +
            "2. Decimals: not passed yet, best 45.0% (F)\n" +
            "3. Percentages: locked (pass 2. Decimals first)\n" +
            "4. Ratios: in progress\n" +
            "5. Order of operations: available\n\n" +
            "Send /lesson and a number to start one, e.g. /lesson 1."));
    }

    [Test]
    public void Buttons_StartEveryLessonButTheLockedOnes()
    {
        var reply = LessonListText.Reply(
        [
            Status(Fractions, LessonState.Passed, 90m, LetterGrade.A),
            Status(Decimals, LessonState.InProgress),
            Status(Percentages, LessonState.Locked, missing: Decimals),
        ]);

        Assert.That(reply.Buttons!.SelectMany(r => r), Is.EqualTo(new[]
        {
            new BotButton("1. Fractions", "/lesson 1"),
            new BotButton("Resume 2. Decimals", "/lesson 2"),
        }));
    }

    [Test]
    public void Locked_NamesEveryLessonStillToPass()
    {
        var two = LessonListText.State(Status(Percentages, LessonState.Locked, missing: [Fractions, Decimals]));
        var three = LessonListText.Names([Fractions, Decimals, Percentages]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(two, Is.EqualTo("locked (pass 1. Fractions and 2. Decimals first)"));
            Assert.That(three, Is.EqualTo("1. Fractions, 2. Decimals and 3. Percentages"));
        }
    }
}
