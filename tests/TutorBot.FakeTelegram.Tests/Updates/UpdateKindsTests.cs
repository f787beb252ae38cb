using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace TutorBot.FakeTelegram.Tests.Updates;

public sealed class UpdateKindsTests : FakeBotApiTestBase
{
    [TestCase(NonTextKind.Photo, MessageType.Photo)]
    [TestCase(NonTextKind.Sticker, MessageType.Sticker)]
    [TestCase(NonTextKind.Voice, MessageType.Voice)]
    [TestCase(NonTextKind.Document, MessageType.Document)]
    public async Task SendNonText_DeserialisesAsThatKindOfMessage(NonTextKind kind, MessageType expected)
    {
        Fake.SendNonText(3, kind);

        var message = (await Bot.GetUpdates()).Single().Message!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(message.Type, Is.EqualTo(expected));
            Assert.That(message.Text, Is.Null);
            Assert.That(message.Chat.Id, Is.EqualTo(3));
        }
    }

    [Test]
    public async Task SendNonText_Photo_HasSizes()
    {
        Fake.SendNonText(3, NonTextKind.Photo);

        var message = (await Bot.GetUpdates()).Single().Message!;

        Assert.That(message.Photo, Is.Not.Empty);
        Assert.That(message.Photo![^1].FileId, Is.Not.Empty);
    }

    [Test]
    public async Task SendCallback_DeserialisesAsACallbackQueryOnTheBotsMessage()
    {
        var sent = await Bot.SendMessage(8, "Pick one");
        Fake.SendCallback(8, "answer:2", fromUserId: 8, messageId: sent.MessageId);

        var update = (await Bot.GetUpdates()).Single();

        Assert.That(update.Type, Is.EqualTo(UpdateType.CallbackQuery));
        var query = update.CallbackQuery!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(query.Id, Is.Not.Empty);
            Assert.That(query.Data, Is.EqualTo("answer:2"));
            Assert.That(query.From.Id, Is.EqualTo(8));
            Assert.That(query.Message!.MessageId, Is.EqualTo(sent.MessageId));
            Assert.That(query.Message.Chat.Id, Is.EqualTo(8));
            Assert.That(query.Message.From!.IsBot, Is.True);
        }
    }

    [Test]
    public async Task AnswerCallbackQuery_IsRecorded()
    {
        Fake.SendCallback(8, "answer:2");
        var query = (await Bot.GetUpdates()).Single().CallbackQuery!;

        await Bot.AnswerCallbackQuery(query.Id, "Noted");

        Assert.That(Fake.CallbackAnswers, Is.EqualTo(new[] { new CallbackAnswer(query.Id, "Noted") }));
    }

    [Test]
    public async Task SendEditedText_DeserialisesAsAnEditedMessage()
    {
        Fake.SendText(4, "hellp");
        Fake.SendEditedText(4, "hello");

        var updates = await Bot.GetUpdates();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(updates[^1].Type, Is.EqualTo(UpdateType.EditedMessage));
            Assert.That(updates[^1].EditedMessage!.Text, Is.EqualTo("hello"));
            Assert.That(updates[^1].EditedMessage!.EditDate, Is.Not.Null);
        }
    }

    [Test]
    public async Task SendRawUpdate_IsDeliveredVerbatim()
    {
        var id = Fake.SendRawUpdate("""{"update_id":500,"message":{"message_id":1,"date":0,"chat":{"id":6,"type":"private"},"text":"raw"}}""");

        var update = (await Bot.GetUpdates()).Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(id, Is.EqualTo(500));
            Assert.That(update.Id, Is.EqualTo(500));
            Assert.That(update.Message!.Text, Is.EqualTo("raw"));
        }
    }

    [Test]
    public async Task SendRawUpdate_AfterARawId_KeepsLaterIdsIncreasing()
    {
        Fake.SendRawUpdate("""{"update_id":500,"message":{"message_id":1,"date":0,"chat":{"id":6,"type":"private"},"text":"raw"}}""");

        var next = Fake.SendText(6, "after");

        Assert.That(next, Is.EqualTo(501));
        Assert.That((await Bot.GetUpdates()).Select(u => u.Id), Is.EqualTo(new[] { 500, 501 }));
    }

    [Test]
    public void SendRawUpdate_WhenMalformed_ReturnsMinusOneAndBreaksTheClientsParsing()
    {
        var id = Fake.SendRawUpdate("{not json");

        Assert.That(id, Is.EqualTo(-1));
        Assert.ThrowsAsync<RequestException>(async () => await Bot.GetUpdates());
    }
}
