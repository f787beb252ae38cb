namespace TutorBot.Host.Tests.Telegram.EndToEnd;

public sealed class ConcurrencyTests
{
    [Test]
    public async Task ManyStudentsAtOnce_EachMessageIsAnsweredOnce_InOrderPerChat()
    {
        const int students = 200;
        const int messages = 10;
        await using var scenario = await TelegramScenario.StartWithoutLimitsAsync();

        // Interleaved the way a busy bot sees them: every student's first message, then every second one…
        for (var number = 1; number <= messages; number++)
        {
            for (long student = 1; student <= students; student++)
            {
                scenario.Fake.SendText(student, StudentText.Message(student, number), fromUserId: student);
            }
        }

        await scenario.WaitForSentAsync(students * messages);

        using (Assert.EnterMultipleScope())
        {
            for (long student = 1; student <= students; student++)
            {
                Assert.That(scenario.Fake.SentTo(student), Has.Count.EqualTo(messages), $"student {student}");

                // Each question stored with its answer, in the order the messages were sent.
                Assert.That(StudentText.Conversation(scenario.Database, student), Is.EqualTo(StudentText.AnsweredInOrder(student, messages)), $"student {student}");
            }

            Assert.That(scenario.Database.Scalar("SELECT COUNT(*) FROM ConversationMessages"), Is.EqualTo(2 * students * messages));
            Assert.That(scenario.Database.Scalar("SELECT COUNT(*) FROM InboxUpdates WHERE ProcessedAtUtc IS NULL"), Is.Zero);
        }
    }
}
