using TutorBot.FakeTelegram;

namespace TutorBot.Host.Tests.Telegram.EndToEnd;

public sealed class RestartTests
{
    [Test]
    public async Task StoppedMidLoad_AndStartedAgain_LosesNothing_AndAnswersNothingTwice()
    {
        const int students = 100;
        const int messages = 5;

        // Limits on (fast ones), so that replies are still queued when the bot stops.
        await using var scenario = await TelegramScenario.StartAsync(
            new FakeBotApiOptions { GlobalMessagesPerSecond = 100, PerChatMessagesPerSecond = 5, LimitTolerance = LimitTolerance.NoisyMachine },
            ["--Telegram:MessagesPerSecond=100", "--Telegram:MessagesPerSecondPerChat=5"]);

        for (var number = 1; number <= messages; number++)
        {
            for (long student = 1; student <= students; student++)
            {
                scenario.Fake.SendText(student, StudentText.Message(student, number), fromUserId: student);
            }
        }

        await scenario.WaitForSentAsync(students);
        await scenario.StopBotAsync();
        var beforeRestart = scenario.Fake.Sent.Count;
        await scenario.StartBotAsync();
        await scenario.WaitForSentAsync(students * messages);
        await TelegramScenario.WaitUntilAsync(() => scenario.Database.Scalar("SELECT COUNT(*) FROM OutboxMessages WHERE SentAtUtc IS NULL") == 0);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(beforeRestart, Is.LessThan(students * messages), "the stop really came mid-load");
            for (long student = 1; student <= students; student++)
            {
                Assert.That(scenario.Fake.SentTo(student), Has.Count.EqualTo(messages), $"student {student}");
                Assert.That(StudentText.Conversation(scenario.Database, student), Is.EqualTo(StudentText.AnsweredInOrder(student, messages)), $"student {student}");
            }

            Assert.That(scenario.Database.Scalar("SELECT COUNT(*) FROM ConversationMessages"), Is.EqualTo(2 * students * messages));
            Assert.That(scenario.Fake.RateLimitRefusals, Is.Zero);
        }
    }
}
