using System.Text.Json.Nodes;
using TutorBot.Host.Telegram.Processing;
using TutorBot.Host.Telegram.Receiving;
using static TutorBot.Host.Tests.Telegram.Units.TelegramJson;

namespace TutorBot.Host.Tests.Telegram.Units;

public sealed class InboundUpdateTests
{
    [TestCase("", TestName = "empty")]
    [TestCase("not json", TestName = "not JSON")]
    [TestCase("""{"update_id":1""", TestName = "cut JSON")]
    [TestCase("""[{"update_id":1}]""", TestName = "JSON array")]
    [TestCase("42", TestName = "JSON number")]
    [TestCase("""{"message":{"text":"hi"}}""", TestName = "no update_id")]
    [TestCase("""{"update_id":"5"}""", TestName = "string update_id")]
    [TestCase("""{"update_id":null}""", TestName = "null update_id")]
    [TestCase("""{"update_id":-1}""", TestName = "negative update_id")]
    [TestCase("""{"update_id":1.5}""", TestName = "fractional update_id")]
    [TestCase("""{"update_id":1e40}""", TestName = "update_id out of range")]
    [TestCase("""{"update_id":1}{"update_id":2}""", TestName = "two documents")]
    public void Read_WhenNotAnUpdate_IsNull(string json)
    {
        Assert.That(InboundUpdate.Read(json, ReceivedAt), Is.Null);
    }

    [Test]
    public void Read_AnUpdate_KeepsItsIdPayloadTimeAndChat()
    {
        var json = Update("message", TextMessage("hello"), updateId: 123456789);

        var inbound = InboundUpdate.Read(json, ReceivedAt)!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(inbound.UpdateId, Is.EqualTo(123456789));
            Assert.That(inbound.Payload, Is.SameAs(json));
            Assert.That(inbound.ReceivedAtUtc, Is.EqualTo(ReceivedAt));
            Assert.That(inbound.ChatId, Is.EqualTo(StudentId));
            Assert.That(inbound.Update?.Id, Is.EqualTo(123456789));
            Assert.That(inbound.Update?.Message?.Text, Is.EqualTo("hello"));
        }
    }

    [Test]
    public void Read_UpdateIdZero_IsAnUpdate()
    {
        Assert.That(InboundUpdate.Read(Update("message", TextMessage("hi"), updateId: 0), ReceivedAt)?.UpdateId, Is.Zero);
    }

    [Test]
    public void Read_FieldsTheLibraryDoesNotKnow_AreTolerated()
    {
        // Telegram adds fields to its updates all the time; an older library must still read them.
        var message = TextMessage("hello");
        message["some_future_field"] = new JsonObject { ["nested"] = new JsonArray(1, 2) };

        Assert.That(InboundUpdate.Read(Update("message", message), ReceivedAt)?.Update?.Message?.Text, Is.EqualTo("hello"));
    }

    [TestCase("""{"update_id":7,"message":"x"}""")]
    [TestCase("""{ "update_id" : 7, "message" : { "message_id" : "one" } }""")]
    [TestCase("""{"update_id":7,"edited_message":[]}""")]
    public void Read_StoredButUnreadable_KeepsThePayloadExactly_WithoutUpdateOrChat(string json)
    {
        var inbound = InboundUpdate.Read(json, ReceivedAt);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(inbound, Is.Not.Null);
            Assert.That(inbound?.UpdateId, Is.EqualTo(7));
            Assert.That(inbound?.Payload, Is.EqualTo(json));
            Assert.That(inbound?.Update, Is.Null);
            Assert.That(inbound?.ChatId, Is.Null);
        }
    }

    [Test]
    public void Read_UpdateIdBeyondTheLibrarysRange_IsStoredButUnreadable()
    {
        var inbound = InboundUpdate.Read(Update("message", TextMessage("hi"), updateId: 3_000_000_000), ReceivedAt);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(inbound?.UpdateId, Is.EqualTo(3_000_000_000));
            Assert.That(inbound?.Update, Is.Null);
        }
    }

    [Test]
    public void ChatOf_Message_IsItsChat()
    {
        Assert.That(Read(Update("message", TextMessage("hi", GroupChat()))).ChatId, Is.EqualTo(GroupId));
    }

    [Test]
    public void ChatOf_EditedMessage_IsItsChat()
    {
        Assert.That(Read(Update("edited_message", TextMessage("hi", GroupChat()))).ChatId, Is.EqualTo(GroupId));
    }

    [Test]
    public void ChatOf_ButtonPress_IsTheChatOfItsMessage()
    {
        var callback = new JsonObject
        {
            ["id"] = "cb-1", ["from"] = User(), ["chat_instance"] = "-8801", ["data"] = "x", ["message"] = TextMessage("menu", GroupChat(), BotUser()),
        };

        Assert.That(Read(Update("callback_query", callback)).ChatId, Is.EqualTo(GroupId));
    }

    [Test]
    public void ChatOf_ButtonPressWithoutItsMessage_IsThePresser()
    {
        var callback = new JsonObject
        {
            ["id"] = "cb-1", ["from"] = User(id: 99), ["chat_instance"] = "-8801", ["data"] = "x", ["inline_message_id"] = "AAAAAQ",
        };

        Assert.That(Read(Update("callback_query", callback)).ChatId, Is.EqualTo(99));
    }

    [Test]
    public void ChatOf_UpdateWithoutAChat_IsNull()
    {
        var poll = JsonNode.Parse(
            """{"id":"p1","question":"2+2?","options":[],"total_voter_count":0,"is_closed":true,"is_anonymous":true,"type":"regular","allows_multiple_answers":false}""")!;

        Assert.That(Read(Update("poll", poll)).ChatId, Is.Null);
    }

    [Test]
    public void FromStored_ReadsThePayloadAgain()
    {
        var json = Update("message", TextMessage("hello"));

        var stored = InboundUpdate.FromStored(100, StudentId, json, ReceivedAt);

        Assert.That(stored.Update?.Message?.Text, Is.EqualTo("hello"));
    }

    [Test]
    public void FromStored_Unreadable_HasNoUpdate()
    {
        var stored = InboundUpdate.FromStored(100, null, """{"update_id":100,"message":"x"}""", ReceivedAt);

        Assert.That(stored.Update, Is.Null);
    }

    [TestCase("""{"update_id":7,"message":{"message_id":1,"date":1772366400,"text":"hi"}}""")]
    [TestCase("""{"update_id":7,"edited_message":{"message_id":1,"date":1772366400}}""")]
    [TestCase("""{"update_id":7,"callback_query":{"id":"q","chat_instance":"c","data":"d"}}""")]
    [TestCase("""{"update_id":7,"callback_query":{"id":"q","from":{"id":5,"is_bot":false,"first_name":"a"},"chat_instance":"c","data":"d","message":{"message_id":1,"date":0}}}""")]
    public void Read_UpdateMissingAFieldTelegramAlwaysSends_IsStoredButUnreadable(string json)
    {
        var inbound = InboundUpdate.Read(json, ReceivedAt);

        Assert.That(inbound?.UpdateId, Is.EqualTo(7));
        Assert.That(inbound!.Update, Is.Null);
        Assert.That(UpdateReader.Read(inbound, TestBot(), new HashSet<long>()), Is.InstanceOf<UpdateAction.Reject>());
    }
}
