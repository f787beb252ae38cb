using TutorBot.Domain.Teaching;
using TutorBot.FakeTelegram;
using TutorBot.Host.Bot.Commands;
using TutorBot.Host.Bot.Lessons;
using TutorBot.Host.Tests.Lessons;

namespace TutorBot.Host.Tests.Telegram.EndToEnd;

/// <summary>The first lesson through the fake Bot API: choices answered by pressing buttons, the rest typed.</summary>
public sealed class LessonThroughTelegramTests
{
    private const long Chat = 5;

    [Test]
    public async Task FirstLesson_WithButtonPresses_IsGraded_AndOffersTheNextLessonAsAButton()
    {
        await using var scenario = await TelegramScenario.StartWithoutLimitsAsync("--Limits:MessagesPerMinute=100");
        var exercises = ShippedLessons.First.Exercises;

        var sent = 1;
        scenario.Fake.SendText(Chat, "/lesson 1", fromUserId: Chat);
        var shown = await NextAsync(scenario, sent);
        foreach (var exercise in exercises)
        {
            if (exercise is ChoiceExercise choice)
            {
                var data = new AnswerButtonData(choice.Id, choice.CorrectOption + 1, 1).ToString();
                Assert.That(shown.ReplyMarkupJson, Does.Contain($"\"callback_data\":\"{data}\""), $"a button per option of {choice.Id}");
                scenario.Fake.SendCallback(Chat, data, fromUserId: Chat);
            }
            else
            {
                Assert.That(shown.ReplyMarkupJson, Is.Null.Or.Not.Contain("/answer"), $"no buttons for typed exercise {exercise.Id}");
                scenario.Fake.SendText(Chat, ShippedLessons.RightAnswer(exercise), fromUserId: Chat);
            }

            shown = await NextAsync(scenario, ++sent);
            Assert.That(shown.Text, Does.StartWith("Right! You earn 10 of 10 points."), exercise.Id);
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Text, Does.Contain("Score: 80 of 80 points, 100.0%, grade A: passed!").And.Contain("Unlocked: 2. Decimals"));
            Assert.That(shown.ReplyMarkupJson, Does.Contain("\"callback_data\":\"/lesson 2\""));
            Assert.That(scenario.Fake.CallbackAnswers, Has.Count.EqualTo(exercises.Count(e => e.Kind == ExerciseKind.Choice)),
                "every press is answered, so its spinner stops");
        }
    }

    [Test]
    public async Task DoubleTap_OnAnAnswerButton_CountsOnce()
    {
        await using var scenario = await TelegramScenario.StartWithoutLimitsAsync("--Limits:MessagesPerMinute=100");
        var first = (ChoiceExercise)ShippedLessons.First.Exercises[0];
        var data = new AnswerButtonData(first.Id, first.CorrectOption + 1, 1).ToString();

        scenario.Fake.SendText(Chat, "/lesson 1", fromUserId: Chat);
        await NextAsync(scenario, 1);
        scenario.Fake.SendCallback(Chat, data, fromUserId: Chat);
        scenario.Fake.SendCallback(Chat, data, fromUserId: Chat);
        var replies = await scenario.WaitForSentAsync(3);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(replies[1].Text, Does.StartWith("Right! You earn 10 of 10 points.").And.Contain("Exercise 2 of 8"));
            Assert.That(replies[2].Text, Does.StartWith(AnswerCommand.AlreadyCounted).And.Contain("Exercise 2 of 8"));
            Assert.That(scenario.Database.Scalar("SELECT COUNT(*) FROM ConversationMessages WHERE StudentId = 5"), Is.EqualTo(1));
        }
    }

    private static async Task<SentMessage> NextAsync(TelegramScenario scenario, int count) => (await scenario.WaitForSentAsync(count))[count - 1];
}
