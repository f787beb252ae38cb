using System.Text.Json.Nodes;
using TutorBot.Host.Telegram.Processing;
using TutorBot.Host.Telegram.Receiving;
using static TutorBot.Host.Tests.Telegram.Units.TelegramJson;

namespace TutorBot.Host.Tests.Telegram.Units;

/// <summary>Button presses, edits, update types the bot does not serve, and updates it cannot read.</summary>
public sealed class UpdateReaderOtherUpdatesTests
{
    [Test]
    public void Read_EditedMessage_IsIgnored()
    {
        Assert.That(Act(Update("edited_message", TextMessage("edited text"))), Is.InstanceOf<UpdateAction.Ignore>());
    }

    [Test]
    public void Read_ButtonPress_IsHandledInTheChatOfItsMessage()
    {
        var action = Act(Update("callback_query", Callback("lesson:2", TextMessage("Pick a lesson", PrivateChat(), BotUser()))));

        Assert.That(action, Is.EqualTo(new UpdateAction.Handle(StudentId, StudentId, "Ann Lee", "lesson:2", false, "cb-1")));
    }

    [Test]
    public void Read_ButtonPressInAGroup_IsHandledInTheGroupForThePresser()
    {
        var action = Act(Update("callback_query", Callback("answer:b", TextMessage("2+2?", GroupChat(), BotUser()))), StudentId);

        Assert.That(action, Is.EqualTo(new UpdateAction.Handle(GroupId, StudentId, "Ann Lee", "answer:b", true, "cb-1")));
    }

    [Test]
    public void Read_ButtonPressWithoutItsMessage_IsHandledInThePressersPrivateChat()
    {
        // A button of an inline-mode message: Telegram sends inline_message_id instead of the message.
        var callback = Callback("lesson:2", message: null);
        callback["inline_message_id"] = "AAAAAQ";

        var action = Act(Update("callback_query", callback));

        Assert.That(action, Is.EqualTo(new UpdateAction.Handle(StudentId, StudentId, "Ann Lee", "lesson:2", false, "cb-1")));
    }

    [Test]
    public void Read_ButtonPressWithoutData_IsIgnored()
    {
        var callback = Callback(data: null, TextMessage("Play", PrivateChat(), BotUser()));
        callback["game_short_name"] = "quiz";

        Assert.That(Act(Update("callback_query", callback)), Is.InstanceOf<UpdateAction.Ignore>());
    }

    [Test]
    public void Read_ButtonPressWithEmptyData_IsIgnored()
    {
        Assert.That(Act(Update("callback_query", Callback("", TextMessage("Menu", PrivateChat(), BotUser())))), Is.InstanceOf<UpdateAction.Ignore>());
    }

    private static IEnumerable<TestCaseData> UnservedUpdates()
    {
        yield return new TestCaseData(
            "poll",
            """{"id":"p1","question":"2+2?","options":[{"text":"4","voter_count":1}],"total_voter_count":1,"is_closed":false,"is_anonymous":true,"type":"regular","allows_multiple_answers":false}""")
            .SetName("poll");
        yield return new TestCaseData(
            "channel_post", """{"message_id":9,"date":1772366400,"chat":{"id":-1009,"type":"channel","title":"News"},"text":"hello"}""")
            .SetName("channel_post");
    }

    [TestCaseSource(nameof(UnservedUpdates))]
    public void Read_UpdateTypeTheBotDoesNotServe_IsIgnored(string kind, string body)
    {
        Assert.That(Act(Update(kind, JsonNode.Parse(body)!)), Is.InstanceOf<UpdateAction.Ignore>());
    }

    [TestCase("""{"update_id":5,"message":"x"}""")]
    [TestCase("""{"update_id":5,"message":{"message_id":"one","date":"today","chat":{"id":42,"type":"private"}}}""")]
    [TestCase("""{"update_id":5,"callback_query":[1,2]}""")]
    public void Read_UpdateThatCannotBeRead_IsRejected(string json)
    {
        Assert.That(Act(json), Is.InstanceOf<UpdateAction.Reject>());
    }

    [Test]
    public void Read_StoredUpdateRestoredAfterARestart_IsReadLikeANewOne()
    {
        var json = Update("message", TextMessage("hello"));
        var stored = InboundUpdate.FromStored(100, StudentId, json, ReceivedAt);

        var action = UpdateReader.Read(stored, TestBot(), new HashSet<long>());

        Assert.That(action, Is.EqualTo(new UpdateAction.Handle(StudentId, StudentId, "Ann Lee", "hello", false, null)));
    }

    private static JsonObject Callback(string? data, JsonObject? message)
    {
        var callback = new JsonObject { ["id"] = "cb-1", ["from"] = User(), ["chat_instance"] = "-8801" };
        if (message is not null)
        {
            callback["message"] = message;
        }

        if (data is not null)
        {
            callback["data"] = data;
        }

        return callback;
    }
}
