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
                var replies = scenario.Fake.SentTo(student).Select(m => m.Text).ToList();
                Assert.That(replies, Has.Count.EqualTo(messages), $"student {student}");

                // The n-th reply counts n stored messages: replies came in the order the messages were sent.
                for (var n = 1; n <= replies.Count; n++)
                {
                    Assert.That(replies[n - 1], Does.Contain(StudentText.HoldsCount(n)), $"student {student}, reply {n}");
                }
            }

            Assert.That(scenario.Database.Scalar("SELECT COUNT(*) FROM ConversationMessages"), Is.EqualTo(students * messages));
            Assert.That(scenario.Database.Scalar("SELECT COUNT(*) FROM InboxUpdates WHERE ProcessedAtUtc IS NULL"), Is.Zero);
        }
    }
}
