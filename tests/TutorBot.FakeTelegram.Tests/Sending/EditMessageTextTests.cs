using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace TutorBot.FakeTelegram.Tests.Sending;

public sealed class EditMessageTextTests : FakeBotApiTestBase
{
    [Test]
    public async Task EditMessageText_IsRecordedAsAnEditRightAfterTheSend()
    {
        var original = await Bot.SendMessage(3, "Question");

        // Edits are not rate-limited: this one follows the send to the same chat at once.
        var edited = await Bot.EditMessageText(3, original.MessageId, "<i>Answered</i>", ParseMode.Html);

        var record = Fake.Sent[^1];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(record.Edited, Is.True);
            Assert.That(record.MessageId, Is.EqualTo(original.MessageId));
            Assert.That(record.Text, Is.EqualTo("<i>Answered</i>"));
            Assert.That(edited.Text, Is.EqualTo("Answered"));
            Assert.That(edited.EditDate, Is.Not.Null);
        }
    }

    [Test]
    public void EditMessageText_WithInvalidHtml_IsRefused()
    {
        var exception = Assert.ThrowsAsync<ApiRequestException>(() => Bot.EditMessageText(3, 1, "<b>open", ParseMode.Html));

        Assert.That(exception.Message, Does.StartWith("Bad Request: can't parse entities"));
    }
}
