using TutorBot.FakeTelegram;
using TutorBot.Host.Telegram.Processing;
using TutorBot.Host.Tests.Tutoring;

namespace TutorBot.Host.Tests.Telegram.EndToEnd;

public sealed class RoutingTests
{
    [Test]
    public async Task Start_ShowsTheMenuAsButtons_WithTheNameEscaped()
    {
        await using var scenario = await TelegramScenario.StartWithoutLimitsAsync();

        scenario.Fake.SendText(5, "/start", fromUserId: 5, firstName: "<Ada & Bob>");
        var reply = (await scenario.WaitForSentAsync(1))[0];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reply.ParseMode, Is.EqualTo("HTML"));
            Assert.That(reply.PlainText, Does.StartWith("Welcome, <Ada & Bob>!"));
            Assert.That(reply.ReplyMarkupJson, Does.Contain("inline_keyboard").And.Contain("\"callback_data\":\"/help\""));
        }
    }

    [Test]
    public async Task HtmlTheServerCannotParse_IsSentAgainAsPlainText()
    {
        await using var scenario = await TelegramScenario.StartWithoutLimitsAsync();
        scenario.Fake.Fail("sendMessage", Fault.BadRequest("can't parse entities: Unsupported start tag \"x\" at byte offset 3"));

        scenario.Fake.SendText(5, "/start", fromUserId: 5, firstName: "Ada");
        var reply = (await scenario.WaitForSentAsync(1))[0];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reply.ParseMode, Is.Null);
            Assert.That(reply.Text, Does.StartWith("Welcome, Ada!"), "tags gone, words kept");
            Assert.That(reply.ReplyMarkupJson, Does.Contain("inline_keyboard"));
        }
    }

    [Test]
    public async Task PressedButton_IsAnswered_AndHandledAsItsCommand()
    {
        await using var scenario = await TelegramScenario.StartWithoutLimitsAsync();

        scenario.Fake.SendCallback(5, "/help", fromUserId: 5);
        var reply = (await scenario.WaitForSentAsync(1))[0];

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scenario.Fake.CallbackAnswers, Has.Count.EqualTo(1));
            Assert.That(reply.ChatId, Is.EqualTo(5));
            Assert.That(reply.Text, Does.StartWith("Here is what I understand"));
        }
    }

    [TestCase(NonTextKind.Photo)]
    [TestCase(NonTextKind.Sticker)]
    [TestCase(NonTextKind.Voice)]
    [TestCase(NonTextKind.Document)]
    public async Task NonTextMessage_GetsThePoliteTextOnlyReply(NonTextKind kind)
    {
        await using var scenario = await TelegramScenario.StartWithoutLimitsAsync();

        scenario.Fake.SendNonText(5, kind, fromUserId: 5);
        var reply = (await scenario.WaitForSentAsync(1))[0];

        Assert.That(reply.Text, Is.EqualTo(UpdateWriter.TextOnlyReply));
        Assert.That(scenario.Database.Scalar("SELECT COUNT(*) FROM ConversationMessages"), Is.Zero);
    }

    [Test]
    public async Task EditedMessage_IsIgnored()
    {
        await using var scenario = await TelegramScenario.StartWithoutLimitsAsync();

        scenario.Fake.SendEditedText(5, "An edit of an earlier message, ignored.", fromUserId: 5);
        scenario.Fake.SendText(5, StudentText.Message(5, 1), fromUserId: 5);
        await scenario.WaitForSentAsync(1);
        await WaitForAllHandledAsync(scenario, 2);

        Assert.That(scenario.Fake.SentTo(5), Has.Count.EqualTo(1));
        Assert.That(scenario.Database.Scalar("SELECT COUNT(*) FROM InboxUpdates WHERE Outcome = 'ignored'"), Is.EqualTo(1));
    }

    [Test]
    public async Task GroupChat_OnlyCommandsMentionsAndRepliesToTheBotAreAnswered()
    {
        const long group = -1001;
        await using var scenario = await TelegramScenario.StartWithoutLimitsAsync();

        scenario.Fake.SendText(group, "Just chatting among ourselves here.", fromUserId: 5, chatType: "supergroup");
        scenario.Fake.SendText(group, "/help@some_other_bot", fromUserId: 5, chatType: "supergroup");
        scenario.Fake.SendText(group, "/help", fromUserId: 5, chatType: "supergroup");
        scenario.Fake.SendText(group, "@tutor_test_bot how do fractions work?", fromUserId: 6, chatType: "supergroup");
        scenario.Fake.SendNonText(group, NonTextKind.Sticker, fromUserId: 6);
        await WaitForAllHandledAsync(scenario, 5);
        await scenario.WaitForSentAsync(2);

        var replies = scenario.Fake.SentTo(group);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(replies, Has.Count.EqualTo(2));
            Assert.That(replies[0].Text, Does.StartWith("Here is what I understand"));
            Assert.That(replies[1].Text, Does.StartWith(OfflineTutorText.AnswerStart));
            Assert.That(StudentText.Conversation(scenario.Database, 6), Is.EqualTo(new[] { "question: how do fractions work?", "answer" }), "the mention is not part of the question");
        }
    }

    [Test]
    public async Task AdminCommand_OnlyForAdminUserIds()
    {
        await using var scenario = await TelegramScenario.StartWithoutLimitsAsync("--Telegram:AdminUserIds:0=99");

        scenario.Fake.SendText(99, "/admin", fromUserId: 99);
        scenario.Fake.SendText(5, "/admin", fromUserId: 5);
        await scenario.WaitForSentAsync(3);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scenario.Fake.SentTo(99).Single().Text, Does.StartWith("TutorBot figures"));
            Assert.That(scenario.Fake.SentTo(5)[0].Text, Is.EqualTo("I don't know the command /admin."));
            Assert.That(scenario.Fake.SentTo(5)[1].Text, Does.Not.Contain("/admin"), "help does not list it either");
        }
    }

    [Test]
    public async Task StudentOverTheMessageRate_GetsOneSlowDown_AndTheExcessIsNotHandled()
    {
        await using var scenario = await TelegramScenario.StartWithoutLimitsAsync("--Limits:MessagesPerMinute=5");

        for (var number = 1; number <= 8; number++)
        {
            scenario.Fake.SendText(5, StudentText.Message(5, number), fromUserId: 5);
        }

        await WaitForAllHandledAsync(scenario, 8);
        await scenario.WaitForSentAsync(6);

        var replies = scenario.Fake.SentTo(5);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(replies, Has.Count.EqualTo(6));
            Assert.That(replies[4].Text, Does.StartWith(OfflineTutorText.AnswerStart));
            Assert.That(replies[5].Text, Is.EqualTo(UpdateWriter.SlowDownReply(5)));
            Assert.That(StudentText.Conversation(scenario.Database, 5), Is.EqualTo(StudentText.AnsweredInOrder(5, 5)));
        }
    }

    [Test]
    public async Task LongPasteSplitByTelegram_IsJoinedIntoOneMessage()
    {
        await using var scenario = await TelegramScenario.StartWithoutLimitsAsync();
        var first = string.Join(' ', Enumerable.Repeat("fractions", 410))[..4096];
        var second = "and the end of the pasted text.";

        scenario.Fake.SendText(5, first, fromUserId: 5);
        scenario.Fake.SendText(5, second, fromUserId: 5);
        await WaitForAllHandledAsync(scenario, 2);
        await scenario.WaitForSentAsync(1);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scenario.Fake.SentTo(5), Has.Count.EqualTo(1));
            Assert.That(scenario.Fake.SentTo(5)[0].Text, Does.StartWith(OfflineTutorText.AnswerStart));
            Assert.That(StudentText.Conversation(scenario.Database, 5), Is.EqualTo(new[] { $"question: {first}\n{second}", "answer" }));
            Assert.That(scenario.Database.Scalar("SELECT COUNT(*) FROM InboxUpdates WHERE Outcome = 'joined'"), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task ReplyLongerThanTelegramAllows_IsSentInParts()
    {
        await using var scenario = await TelegramScenario.StartWithoutLimitsAsync("--Limits:MessagesPerMinute=100");
        // Each question is stored with the tutor's answer: 20 of them make a conversation of 40 messages.
        for (var number = 1; number <= 20; number++)
        {
            scenario.Fake.SendText(5, $"Message {number}: " + string.Join(' ', Enumerable.Repeat("word", 60)), fromUserId: 5);
        }

        await scenario.WaitForSentAsync(20);
        scenario.Fake.SendText(5, "/context", fromUserId: 5);
        await WaitForAllHandledAsync(scenario, 21);
        var parts = (await scenario.Fake.WaitForSentAsync(s => s.Count >= 22, TelegramScenario.Patience)).Skip(20).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(parts, Has.Count.GreaterThanOrEqualTo(2));
            Assert.That(parts.Select(p => p.Text.Length), Has.All.InRange(1, 4096));
            Assert.That(parts[0].Text, Does.StartWith("Our conversation (40 messages"));
            Assert.That(parts[^1].Text, Does.Contain("39. You: Message 20:").And.Contain("40. TutorBot: "));
        }
    }

    private static Task WaitForAllHandledAsync(TelegramScenario scenario, int updates) =>
        TelegramScenario.WaitUntilAsync(() => scenario.Database.Scalar("SELECT COUNT(*) FROM InboxUpdates WHERE ProcessedAtUtc IS NOT NULL") == updates);
}
