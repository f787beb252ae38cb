using TutorBot.Domain.Teaching;
using TutorBot.Host.Bot.Lessons;
using TutorBot.Host.Chat;

namespace TutorBot.Host.Tests.Lessons;

public sealed class LocalChatRenderingTests
{
    [Test]
    public void ChoiceExercise_InLocalChat_ShowsNumberedOptions_WithoutRepeatingThemAsButtons()
    {
        using var output = new StringWriter();

        LocalChat.Write(output, ExerciseText.Reply(LessonSamples.Choice(), new ScoringRules()));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(output.ToString().ReplaceLineEndings("\n"), Does.Contain("     1) 3/4\n     2) 3/8\n").And.Contain("Reply with the option's number"));
            Assert.That(output.ToString(), Does.Not.Contain("/answer"));
        }
    }

    [Test]
    public void OtherButtons_AreStillShown()
    {
        using var output = new StringWriter();

        LocalChat.Write(output, LessonListText.Reply([LessonSamples.Status(LessonSamples.Fractions, Application.Lessons.LessonState.Available)]));

        Assert.That(output.ToString(), Does.Contain("[1. Fractions: /lesson 1]"));
    }
}
