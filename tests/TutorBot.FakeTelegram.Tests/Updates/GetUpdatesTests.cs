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

    [Test]
    public async Task GetUpdates_ForACommand_CarriesABotCommandEntity()
    {
        Fake.SendText(42, "/lesson fractions");

        var message = (await Bot.GetUpdates()).Single().Message!;

        Assert.That(message.Entities, Has.Length.EqualTo(1));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(message.Entities![0].Type, Is.EqualTo(MessageEntityType.BotCommand));
            Assert.That(message.Entities[0].Offset, Is.Zero);
            Assert.That(message.Entities[0].Length, Is.EqualTo("/lesson".Length));
        }
    }

    [Test]
    public async Task GetUpdates_ForAGroupText_HasTheGroupChatAndTheStudent()
    {
        Fake.SendText(-500, "hi all", fromUserId: 9, chatType: "group");

        var message = (await Bot.GetUpdates()).Single().Message!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(message.Chat.Id, Is.EqualTo(-500));
            Assert.That(message.Chat.Type, Is.EqualTo(ChatType.Group));
            Assert.That(message.Chat.Title, Is.Not.Empty);
            Assert.That(message.From!.Id, Is.EqualTo(9));
        }
    }

    [Test]
    public async Task GetUpdates_AssignsIncreasingIdsFromOne()
    {
        var first = Fake.SendText(1, "a");
        var second = Fake.SendText(2, "b");

        var updates = await Bot.GetUpdates();

        Assert.That(updates.Select(u => u.Id), Is.EqualTo(new[] { first, second }));
        Assert.That(first, Is.EqualTo(1));
    }

    [Test]
    public async Task GetUpdates_WithAnOffset_ConfirmsAndDropsEarlierUpdates()
    {
        var first = Fake.SendText(1, "a");
        var second = Fake.SendText(1, "b");

        var afterFirst = await Bot.GetUpdates(offset: (int)first + 1);
        var afterSecond = await Bot.GetUpdates(offset: (int)second + 1);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(afterFirst.Select(u => u.Id), Is.EqualTo(new[] { second }));
            Assert.That(afterSecond, Is.Empty);
            Assert.That(Fake.ConfirmedOffset, Is.EqualTo(second + 1));
            Assert.That(Fake.PendingUpdateCount, Is.Zero);
        }
    }

    [Test]
    public async Task GetUpdates_WithoutConfirmation_ReturnsTheSameUpdateAgain()
    {
        var id = Fake.SendText(1, "a");

        var first = await Bot.GetUpdates();
        var again = await Bot.GetUpdates(offset: (int)id);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Select(u => u.Id), Is.EqualTo(new[] { id }));
            Assert.That(again.Select(u => u.Id), Is.EqualTo(new[] { id }));
            Assert.That(Fake.Offered.Select(o => o.UpdateId), Is.EqualTo(new[] { id, id }));
        }
    }

    [Test]
    public async Task GetUpdates_WithALimit_ReturnsTheOldestFirst()
    {
        var first = Fake.SendText(1, "a");
        Fake.SendText(1, "b");
        Fake.SendText(1, "c");

        var updates = await Bot.GetUpdates(limit: 1);

        Assert.That(updates.Select(u => u.Id), Is.EqualTo(new[] { first }));
    }

    [Test]
    public async Task Offered_RecordsTheUpdateAndItsChat()
    {
        var id = Fake.SendText(77, "a");

        await Bot.GetUpdates();

        var offered = Fake.Offered.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(offered.UpdateId, Is.EqualTo(id));
            Assert.That(offered.ChatId, Is.EqualTo(77));
        }
    }
}
