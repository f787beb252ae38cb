using System.Text.Json.Nodes;
using TutorBot.Host.Telegram.Processing;
using static TutorBot.Host.Tests.Telegram.Units.TelegramJson;

namespace TutorBot.Host.Tests.Telegram.Units;

/// <summary>Private chats: every text is for the bot; what is not text gets the "text only" reply.</summary>
public sealed class UpdateReaderPrivateTests
{
    [Test]
    public void Read_PrivateText_IsHandledForTheStudentInTheirChat()
    {
        var action = Act(Update("message", TextMessage("What is a prime number?")));

        Assert.That(action, Is.EqualTo(new UpdateAction.Handle(StudentId, StudentId, "Ann Lee", "What is a prime number?", false, null)));
    }

    [Test]
    public void Read_TextFromAnAdmin_IsMarkedAdmin()
    {
        var action = Act(Update("message", TextMessage("/stats")), 7, StudentId);

        Assert.That(action, Is.InstanceOf<UpdateAction.Handle>().With.Property(nameof(UpdateAction.Handle.IsAdmin)).True);
    }

    [Test]
    public void Read_TextFromSomeoneElseWhileAdminsAreSet_IsNotAdmin()
    {
        var action = Act(Update("message", TextMessage("/stats")), 7, 8);

        Assert.That(action, Is.InstanceOf<UpdateAction.Handle>().With.Property(nameof(UpdateAction.Handle.IsAdmin)).False);
    }

    [Test]
    public void Read_Text_IsKeptExactly()
    {
        const string text = "  two\nlines 😀 数学 e\u0301 مرحبا  ";

        var action = Act(Update("message", TextMessage(text)));

        Assert.That(action, Is.InstanceOf<UpdateAction.Handle>().With.Property(nameof(UpdateAction.Handle.Text)).EqualTo(text));
    }

    [TestCase("Ann", "Lee", "Ann Lee")]
    [TestCase("Ann", null, "Ann")]
    [TestCase("Ann", "", "Ann")]
    [TestCase(" ", null, null)]
    [TestCase("", "", null)]
    [TestCase("", "Lee", "Lee")]
    public void Read_StudentName_IsFirstAndLastNameJoined_BlankIsNull(string first, string? last, string? expected)
    {
        var action = Act(Update("message", TextMessage("hello", from: User(firstName: first, lastName: last))));

        Assert.That(action, Is.InstanceOf<UpdateAction.Handle>().With.Property(nameof(UpdateAction.Handle.StudentName)).EqualTo(expected));
    }

    private static IEnumerable<TestCaseData> NonTextContent()
    {
        yield return new TestCaseData("photo", """[{"file_id":"p1","file_unique_id":"u1","width":90,"height":60,"file_size":1200}]""").SetName("photo");
        yield return new TestCaseData(
            "sticker", """{"file_id":"s1","file_unique_id":"u2","type":"regular","width":512,"height":512,"is_animated":false,"is_video":false}""")
            .SetName("sticker");
        yield return new TestCaseData("voice", """{"file_id":"v1","file_unique_id":"u3","duration":4,"mime_type":"audio/ogg"}""").SetName("voice");
        yield return new TestCaseData("document", """{"file_id":"d1","file_unique_id":"u4","file_name":"homework.pdf"}""").SetName("document");
    }

    [TestCaseSource(nameof(NonTextContent))]
    public void Read_NonTextInPrivate_GetsTheTextOnlyReply(string field, string content)
    {
        var message = Message();
        message[field] = JsonNode.Parse(content);
        message["caption"] = "see this";

        var action = Act(Update("message", message));

        Assert.That(action, Is.EqualTo(new UpdateAction.TextOnly(StudentId, StudentId)));
    }

    [Test]
    public void Read_ServiceMessageInPrivate_IsIgnored()
    {
        var message = Message();
        message["pinned_message"] = TextMessage("pinned");

        Assert.That(Act(Update("message", message)), Is.InstanceOf<UpdateAction.Ignore>());
    }

    [Test]
    public void Read_MessageFromABot_IsIgnored()
    {
        var action = Act(Update("message", TextMessage("hello", from: User(id: 555, isBot: true))));

        Assert.That(action, Is.InstanceOf<UpdateAction.Ignore>());
    }

    [Test]
    public void Read_MessageWithoutASender_IsIgnored()
    {
        var message = Message(withoutFrom: true);
        message["text"] = "hello";

        Assert.That(Act(Update("message", message)), Is.InstanceOf<UpdateAction.Ignore>());
    }
}
