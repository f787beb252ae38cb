using System.Text.Json.Nodes;
using TutorBot.Host.Telegram.Processing;
using static TutorBot.Host.Tests.Telegram.Units.TelegramJson;

namespace TutorBot.Host.Tests.Telegram.Units;

/// <summary>Group chats: the bot answers commands, mentions and replies to it, and leaves the group's own talk alone.</summary>
public sealed class UpdateReaderGroupTests
{
    [Test]
    public void Read_PlainChatter_IsIgnored()
    {
        Assert.That(Act(GroupText("did anyone do exercise 3?")), Is.InstanceOf<UpdateAction.Ignore>());
    }

    [TestCase("group")]
    [TestCase("supergroup")]
    public void Read_Command_IsHandledInTheGroupForTheSender(string chatType)
    {
        var action = Act(Update("message", TextMessage("/help", GroupChat(chatType))));

        Assert.That(action, Is.EqualTo(new UpdateAction.Handle(GroupId, StudentId, "Ann Lee", "/help", false, null)));
    }

    [TestCase("/help@tutor_test_bot")]
    [TestCase("/help@Tutor_Test_Bot")]
    [TestCase("/lesson@tutor_test_bot 2")]
    public void Read_CommandForThisBot_IsHandledAsWritten(string text)
    {
        Assert.That(TextOf(Act(GroupText(text))), Is.EqualTo(text));
    }

    [TestCase("/help@other_bot")]
    [TestCase("/help@tutor_test_bot_2")]
    [TestCase("/lesson@other_bot 2")]
    public void Read_CommandForAnotherBot_IsIgnored(string text)
    {
        Assert.That(Act(GroupText(text)), Is.InstanceOf<UpdateAction.Ignore>());
    }

    [TestCase("@tutor_test_bot what is 2+2")]
    [TestCase("@TUTOR_TEST_BOT what is 2+2")]
    [TestCase("what is 2+2 @Tutor_Test_Bot")]
    public void Read_Mention_IsHandledWithoutTheMention(string text)
    {
        Assert.That(TextOf(Act(GroupText(text))), Is.EqualTo("what is 2+2"));
    }

    [TestCase("@tutor_test_bot")]
    [TestCase("  @tutor_test_bot \n")]
    public void Read_BareMention_AsksForHelp(string text)
    {
        Assert.That(TextOf(Act(GroupText(text))), Is.EqualTo("/help"));
    }

    [Test]
    public void Read_ReplyToTheBotsMessage_IsHandled()
    {
        var message = TextMessage("because 7 has no other divisors", GroupChat());
        message["reply_to_message"] = TextMessage("Why is 7 prime?", GroupChat(), BotUser());

        Assert.That(TextOf(Act(Update("message", message))), Is.EqualTo("because 7 has no other divisors"));
    }

    [Test]
    public void Read_ReplyToSomeoneElse_IsIgnored()
    {
        var message = TextMessage("me too", GroupChat());
        message["reply_to_message"] = TextMessage("I'm stuck on exercise 3", GroupChat(), User(id: 77, firstName: "Bo"));

        Assert.That(Act(Update("message", message)), Is.InstanceOf<UpdateAction.Ignore>());
    }

    [TestCase("photo", """[{"file_id":"p1","file_unique_id":"u1","width":90,"height":60}]""")]
    [TestCase("sticker", """{"file_id":"s1","file_unique_id":"u2","type":"regular","width":512,"height":512,"is_animated":false,"is_video":false}""")]
    [TestCase("voice", """{"file_id":"v1","file_unique_id":"u3","duration":4}""")]
    [TestCase("document", """{"file_id":"d1","file_unique_id":"u4"}""")]
    public void Read_NonTextInAGroup_IsIgnored(string field, string content)
    {
        var message = Message(GroupChat());
        message[field] = JsonNode.Parse(content);

        Assert.That(Act(Update("message", message)), Is.InstanceOf<UpdateAction.Ignore>());
    }

    [Test]
    public void Read_ServiceMessageInAGroup_IsIgnored()
    {
        var message = Message(GroupChat());
        message["new_chat_members"] = new JsonArray(User(id: 77, firstName: "Bo"));

        Assert.That(Act(Update("message", message)), Is.InstanceOf<UpdateAction.Ignore>());
    }

    [Test]
    public void Read_MessageWithoutASenderInAGroup_IsIgnored()
    {
        // An anonymous admin writes as the group itself: there is no student to answer.
        var message = Message(GroupChat(), withoutFrom: true);
        message["text"] = "/help";
        message["sender_chat"] = GroupChat();

        Assert.That(Act(Update("message", message)), Is.InstanceOf<UpdateAction.Ignore>());
    }

    [TestCase("@tutor_test_bot_helper what is 2+2")]
    [TestCase("ask @tutor_test_bots about it")]
    [TestCase("mail me: ann@tutor_test_bot.org")]
    public void Read_AMentionOfAnotherNameStartingWithTheBots_IsIgnored(string text)
    {
        Assert.That(Act(GroupText(text)), Is.InstanceOf<UpdateAction.Ignore>());
    }

    private static string GroupText(string text) => Update("message", TextMessage(text, GroupChat()));

    private static string? TextOf(UpdateAction action) => (action as UpdateAction.Handle)?.Text;
}
