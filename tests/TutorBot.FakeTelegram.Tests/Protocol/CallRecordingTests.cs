using Telegram.Bot;

namespace TutorBot.FakeTelegram.Tests.Protocol;

public sealed class CallRecordingTests : FakeBotApiTestBase
{
    protected override FakeBotApiOptions CreateOptions() => new() { RecordCallBodies = false };

    [Test]
    public async Task Calls_WithoutBodies_StillRecordMethodAndStatus()
    {
        await Bot.SendMessage(1, "not kept");

        var call = Fake.Calls.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(call.Method, Is.EqualTo("sendMessage"));
            Assert.That(call.Status, Is.EqualTo(200));
            Assert.That(call.Body, Is.Empty);
            Assert.That(Fake.Sent.Single().Text, Is.EqualTo("not kept"));
        }
    }
}
