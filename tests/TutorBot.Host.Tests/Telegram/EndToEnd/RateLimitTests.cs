using TutorBot.FakeTelegram;

namespace TutorBot.Host.Tests.Telegram.EndToEnd;

public sealed class RateLimitTests
{
    [Test]
    public async Task BurstOfAThousandReplies_StaysWithinTheLimits_ZeroTooManyRequests()
    {
        const int students = 100;
        const int messages = 10;

        // Telegram's shape (per chat and overall) at a faster pace, so the test takes seconds, not a minute.
        await using var scenario = await TelegramScenario.StartAsync(
            new FakeBotApiOptions { GlobalMessagesPerSecond = 100, PerChatMessagesPerSecond = 2, LimitTolerance = LimitTolerance.NoisyMachine },
            ["--Telegram:MessagesPerSecond=100", "--Telegram:MessagesPerSecondPerChat=2"]);

        for (var number = 1; number <= messages; number++)
        {
            for (long student = 1; student <= students; student++)
            {
                scenario.Fake.SendText(student, StudentText.Message(student, number), fromUserId: student);
            }
        }

        await scenario.WaitForSentAsync(students * messages);

        Assert.That(scenario.Fake.RateLimitRefusals, Is.Zero);
        Assert.That(scenario.Fake.Sent.GroupBy(m => m.ChatId).Select(g => g.Count()), Has.All.EqualTo(messages));
    }
}
