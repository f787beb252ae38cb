using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace TutorBot.FakeTelegram.Tests.Updates;

public sealed class GetUpdatesTests : FakeBotApiTestBase
{
    [Test]
    public async Task GetMe_ReturnsTheConfiguredBot()
    {
        var me = await Bot.GetMe();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(me.Id, Is.EqualTo(Fake.Options.BotId));
            Assert.That(me.IsBot, Is.True);
            Assert.That(me.Username, Is.EqualTo("tutor_test_bot"));
        }
    }

    [Test]
    public async Task GetUpdates_ReturnsASentTextAsAMessage()
    {
        var id = Fake.SendText(42, "hello", fromUserId: 7, firstName: "Ann");

        var updates = await Bot.GetUpdates();

        Assert.That(updates, Has.Length.EqualTo(1));
        var update = updates[0];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(update.Id, Is.EqualTo(id));
            Assert.That(update.Type, Is.EqualTo(UpdateType.Message));
            Assert.That(update.Message!.Text, Is.EqualTo("hello"));
            Assert.That(update.Message.Chat.Id, Is.EqualTo(42));
            Assert.That(update.Message.Chat.Type, Is.EqualTo(ChatType.Private));
            Assert.That(update.Message.From!.Id, Is.EqualTo(7));
            Assert.That(update.Message.From.FirstName, Is.EqualTo("Ann"));
        }
    }
}
