using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace TutorBot.FakeTelegram.Tests.Sending;

public sealed class SendMessageTests : FakeBotApiTestBase
{
    [Test]
    public async Task SendMessage_IsRecordedWithTextParseModeAndKeyboard()
    {
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Next", "next:1"));

        var returned = await Bot.SendMessage(10, "<b>Well done</b> &amp; more", ParseMode.Html, replyMarkup: keyboard);

        var sent = Fake.Sent.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sent.ChatId, Is.EqualTo(10));
            Assert.That(sent.Text, Is.EqualTo("<b>Well done</b> &amp; more"));
            Assert.That(sent.PlainText, Is.EqualTo("Well done & more"));
            Assert.That(sent.ParseMode, Is.EqualTo("HTML"));
            Assert.That(sent.ReplyMarkupJson, Does.Contain("\"callback_data\":\"next:1\""));
            Assert.That(sent.Edited, Is.False);
            Assert.That(returned.MessageId, Is.EqualTo(sent.MessageId));
            Assert.That(returned.Text, Is.EqualTo("Well done & more"));
            Assert.That(returned.Chat.Id, Is.EqualTo(10));
            Assert.That(returned.From!.IsBot, Is.True);
        }
    }

    [Test]
    public async Task SendMessage_AssignsIncreasingMessageIds()
    {
        var first = await Bot.SendMessage(1, "a");
        var second = await Bot.SendMessage(2, "b");

        Assert.That(second.MessageId, Is.GreaterThan(first.MessageId));
    }

    [Test]
    public async Task SendMessage_WithoutParseMode_TakesAngleBracketsLiterally()
    {
        await Bot.SendMessage(1, "a < b");

        Assert.That(Fake.Sent.Single().ParseMode, Is.Null);
    }

    [Test]
    public void SendMessage_WithABareLessThanInHtml_IsRefused()
    {
        var exception = Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(1, "a < b", ParseMode.Html));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.ErrorCode, Is.EqualTo(400));
            Assert.That(exception.Message, Does.StartWith("Bad Request: can't parse entities"));
            Assert.That(Fake.Sent, Is.Empty);
        }
    }

    [Test]
    public async Task SendMessage_WithExactly4096Characters_IsAccepted()
    {
        await Bot.SendMessage(1, new string('x', 4096));

        Assert.That(Fake.Sent, Has.Count.EqualTo(1));
    }

    [Test]
    public void SendMessage_With4097Characters_IsRefused()
    {
        var exception = Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(1, new string('x', 4097)));

        Assert.That(exception.Message, Is.EqualTo("Bad Request: message is too long"));
    }

    [Test]
    public async Task SendMessage_CountsLengthAfterEntityParsing()
    {
        // 4096 visible characters, far more on the wire.
        await Bot.SendMessage(1, "<b>" + string.Concat(Enumerable.Repeat("&lt;", 4096)) + "</b>", ParseMode.Html);

        Assert.That(Fake.Sent.Single().PlainText, Has.Length.EqualTo(4096));
    }

    [TestCase("   ")]
    [TestCase("<b> </b>")]
    public void SendMessage_WithNothingVisible_IsRefusedAsEmpty(string text)
    {
        var exception = Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(1, text, ParseMode.Html));

        Assert.That(exception.Message, Is.EqualTo("Bad Request: message text is empty"));
    }

    [Test]
    public async Task SendChatAction_IsRecorded()
    {
        await Bot.SendChatAction(12, Telegram.Bot.Types.Enums.ChatAction.Typing);

        Assert.That(Fake.ChatActions, Is.EqualTo(new[] { new ChatAction(12, "typing") }));
    }

    [Test]
    public async Task MessageSent_IsRaisedForEachAcceptedMessage()
    {
        var raised = new List<SentMessage>();
        Fake.MessageSent += raised.Add;

        await Bot.SendMessage(1, "a");

        Assert.That(raised, Is.EqualTo(Fake.Sent));
    }

    [Test]
    public async Task SentTo_ReturnsOnlyThatChatsMessages()
    {
        await Bot.SendMessage(1, "one");
        await Bot.SendMessage(2, "two");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Fake.SentTo(2).Select(m => m.Text), Is.EqualTo(new[] { "two" }));
            Assert.That(Fake.SentTo(3), Is.Empty);
        }
    }
}
