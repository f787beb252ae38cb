using Microsoft.Extensions.AI;
using TutorBot.Application.Conversations.GetContext;
using TutorBot.Application.Lessons;
using TutorBot.Application.Tutoring;
using TutorBot.Domain.Conversations;
using TutorBot.Domain.Teaching;

namespace TutorBot.Application.Tests.Unit.Tutoring;

public sealed class TutorPromptTests
{
    private static readonly DateTime At = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    [Test]
    public void Build_SendsInstructionsThenTheConversationOldestFirstThenTheQuestionOnce()
    {
        var context = new[] { Student(1, "What is a fraction?"), Tutor(2, "A part of a whole."), Student(3, "And a ratio?") };

        var messages = TutorPrompt.Build(TutorFocus.None, context, "And a ratio?", budget: 1000);

        Assert.That(messages.Select(m => (m.Role, m.Text)), Is.EqualTo(new[]
        {
            (ChatRole.System, messages[0].Text),
            (ChatRole.User, "What is a fraction?"),
            (ChatRole.Assistant, "A part of a whole."),
            (ChatRole.User, "And a ratio?"),
        }));
    }

    [Test]
    public void Build_KeepsOnlyTheMostRecentMessagesThatFitTheBudget_CountingTheQuestion()
    {
        // Budget 30: the question (10) and the two newest earlier messages (10 + 10) fit; the oldest does not.
        var context = new[] { Student(1, "aaaaaaaaaa"), Tutor(2, "bbbbbbbbbb"), Student(3, "cccccccccc") };

        var messages = TutorPrompt.Build(TutorFocus.None, context, "dddddddddd", budget: 30);

        Assert.That(messages.Skip(1).Select(m => m.Text), Is.EqualTo(new[] { "bbbbbbbbbb", "cccccccccc", "dddddddddd" }));
    }

    [Test]
    public void Build_WithAnOpenExercise_NamesLessonAndExercise_ButNotItsAnswer()
    {
        var exercise = new ExerciseDto("e1", 2, 8, ExerciseKind.Choice, "Which is 6/8?", ["3/4", "2/3"], 10, true, false, false);
        var focus = new TutorFocus(new LessonRefDto(1, "fractions", "Fractions"), exercise);

        var system = TutorPrompt.Build(focus, [], "Help?", budget: 1000)[0].Text;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(system, Does.Contain("lesson 1. Fractions"));
            Assert.That(system, Does.Contain("Which is 6/8?").And.Contain("3/4; 2/3"));
            Assert.That(system, Does.Contain("never give or confirm the exercise's answer"));
        }
    }

    [Test]
    public void Build_WithNoLesson_SaysNothingAboutOne()
    {
        var system = TutorPrompt.Build(TutorFocus.None, [], "Help?", budget: 1000)[0].Text;

        Assert.That(system, Does.Not.Contain("lesson ").And.Not.Contain("exercise ("));
    }

    private static ContextMessageDto Student(long sequence, string text) => new(sequence, sequence, MessageRole.User, MessageIntent.Question, text, At);

    private static ContextMessageDto Tutor(long sequence, string text) => new(sequence, sequence, MessageRole.Assistant, null, text, At);
}
