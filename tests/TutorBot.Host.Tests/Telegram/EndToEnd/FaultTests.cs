using TutorBot.FakeTelegram;

namespace TutorBot.Host.Tests.Telegram.EndToEnd;

/// <summary>Each Telegram fault is survived with every message answered exactly once.</summary>
public sealed class FaultTests
{
    private static IEnumerable<TestCaseData> PollingFaults()
    {
        yield return new TestCaseData(Fault.ServerError(), 3).SetName("getUpdates 500 three times");
        yield return new TestCaseData(Fault.ServerError(502), 2).SetName("getUpdates 502 twice");
        yield return new TestCaseData(Fault.Conflict(), 3).SetName("getUpdates 409 (another instance) three times");
        yield return new TestCaseData(Fault.Garbage(), 2).SetName("getUpdates garbage twice");
        yield return new TestCaseData(Fault.TooManyRequests(1), 1).SetName("getUpdates 429");
        yield return new TestCaseData(Fault.Delay(TimeSpan.FromSeconds(3)), 1).SetName("getUpdates slow");
    }

    [TestCaseSource(nameof(PollingFaults))]
    public async Task PollingFault_IsSurvived_NothingLostNorDoubled(Fault fault, int times)
    {
        await using var scenario = await TelegramScenario.StartWithoutLimitsAsync();
        await scenario.Fake.WaitForLongPollAsync(TelegramScenario.Patience);
        scenario.Fake.Fail("getUpdates", fault, times);

        for (long student = 1; student <= 5; student++)
        {
            scenario.Fake.SendText(student, StudentText.Message(student, 1), fromUserId: student);
        }

        await scenario.WaitForSentAsync(5);
        await scenario.Fake.WaitForLongPollAsync(TelegramScenario.Patience);

        using (Assert.EnterMultipleScope())
        {
            for (long student = 1; student <= 5; student++)
            {
                Assert.That(scenario.Fake.SentTo(student), Has.Count.EqualTo(1), $"student {student}");
            }

            Assert.That(scenario.Database.Scalar("SELECT COUNT(*) FROM ConversationMessages"), Is.EqualTo(2 * 5), "each question and its answer, once");
        }
    }

    private static IEnumerable<TestCaseData> SendingFaults()
    {
        yield return new TestCaseData(Fault.ServerError(), 2).SetName("sendMessage 500 twice");
        yield return new TestCaseData(Fault.TooManyRequests(1), 2).SetName("sendMessage 429 retry_after 1 twice");
        yield return new TestCaseData(Fault.Delay(TimeSpan.FromSeconds(2)), 1).SetName("sendMessage slow");
        yield return new TestCaseData(Fault.Garbage(), 1).SetName("sendMessage garbage");
    }

    [TestCaseSource(nameof(SendingFaults))]
    public async Task SendingFaultForOneChat_IsRetried_DeliveredOnce(Fault fault, int times)
    {
        const long troubled = 1;
        await using var scenario = await TelegramScenario.StartWithoutLimitsAsync();
        scenario.Fake.Fail("sendMessage", fault, times, chatId: troubled);

        scenario.Fake.SendText(troubled, StudentText.Message(troubled, 1), fromUserId: troubled);
        await TelegramScenario.WaitUntilAsync(() => scenario.Fake.Calls.Any(c => c.Method == "sendMessage"));
        for (long student = 2; student <= 6; student++)
        {
            scenario.Fake.SendText(student, StudentText.Message(student, 1), fromUserId: student);
        }

        await scenario.WaitForSentAsync(6);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scenario.Fake.SentTo(troubled), Has.Count.EqualTo(1), "delivered once, after the retries");
            for (long student = 2; student <= 6; student++)
            {
                Assert.That(scenario.Fake.SentTo(student), Has.Count.EqualTo(1), $"student {student}");
            }
        }
    }

    [Test]
    public async Task RetryAfterForOneChat_IsHonouredForThatChatOnly()
    {
        const long troubled = 1;
        await using var scenario = await TelegramScenario.StartWithoutLimitsAsync();

        // Three 429s asking for 2 s each: at least 6 s before this chat may be answered.
        scenario.Fake.Fail("sendMessage", Fault.TooManyRequests(2), times: 3, chatId: troubled);
        scenario.Fake.SendText(troubled, StudentText.Message(troubled, 1), fromUserId: troubled);
        await TelegramScenario.WaitUntilAsync(() => scenario.Fake.Calls.Any(c => c.Method == "sendMessage"));
        for (long student = 2; student <= 6; student++)
        {
            scenario.Fake.SendText(student, StudentText.Message(student, 1), fromUserId: student);
        }

        var sent = await scenario.WaitForSentAsync(6);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(sent.Select(m => m.ChatId).Last(), Is.EqualTo(troubled), "the others were answered while it waited");
            Assert.That(scenario.Fake.SentTo(troubled), Has.Count.EqualTo(1));
            Assert.That(scenario.Fake.Calls.Count(c => c.Method == "sendMessage" && c.Status == 429), Is.EqualTo(3));
        }
    }

    [Test]
    public async Task BlockedByTheStudent_MarksThemInactive_AndIsNotRetried()
    {
        await using var scenario = await TelegramScenario.StartWithoutLimitsAsync();
        scenario.Fake.BlockChat(7);

        scenario.Fake.SendText(7, StudentText.Message(7, 1), fromUserId: 7);
        scenario.Fake.SendText(8, StudentText.Message(8, 1), fromUserId: 8);
        await scenario.WaitForSentAsync(1);
        await TelegramScenario.WaitUntilAsync(() => scenario.Database.Scalar("SELECT COUNT(*) FROM Students WHERE InactiveSinceUtc IS NOT NULL") == 1);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scenario.Fake.Calls.Count(c => c.Method == "sendMessage" && c.Status == 403), Is.EqualTo(1), "not retried");
            Assert.That(scenario.Database.Scalar("SELECT COUNT(*) FROM Students WHERE Id = 7 AND InactiveSinceUtc IS NOT NULL"), Is.EqualTo(1));
            Assert.That(scenario.Database.Scalar("SELECT COUNT(*) FROM OutboxMessages WHERE ChatId = 7 AND FailedAtUtc IS NOT NULL"), Is.EqualTo(1));
            Assert.That(scenario.Database.Scalar("SELECT COUNT(*) FROM Students WHERE Id = 8 AND InactiveSinceUtc IS NULL"), Is.EqualTo(1));
            Assert.That(scenario.Fake.SentTo(8), Has.Count.EqualTo(1));
        }
    }

    [Test]
    public async Task UnreadableUpdate_IsStoredAndRejected_AndTheNextOneIsAnswered()
    {
        await using var scenario = await TelegramScenario.StartWithoutLimitsAsync();

        var broken = scenario.Fake.SendRawUpdate("""{"update_id": 1, "message": "not a message object"}""");
        scenario.Fake.SendText(3, StudentText.Message(3, 1), fromUserId: 3);
        await scenario.WaitForSentAsync(1);

        // The two are in different lanes (the broken one has no chat): the reply can come before the rejection.
        await TelegramScenario.WaitUntilAsync(() => scenario.Database.Scalar("SELECT COUNT(*) FROM InboxUpdates WHERE ProcessedAtUtc IS NOT NULL") == 2);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(broken, Is.EqualTo(1));
            Assert.That(scenario.Fake.SentTo(3), Has.Count.EqualTo(1));
            Assert.That(scenario.Database.Scalar("SELECT COUNT(*) FROM InboxUpdates WHERE UpdateId = 1 AND Outcome = 'rejected'"), Is.EqualTo(1));
        }
    }
}
