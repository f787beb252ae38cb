using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace TutorBot.FakeTelegram.Tests.Faults;

public sealed class ScriptedFaultTests : FakeBotApiTestBase
{
    [Test]
    public void TooManyRequests_IsA429WithRetryAfter_NotCountedAsARefusal()
    {
        Fake.Fail("sendMessage", Fault.TooManyRequests(7));

        var exception = Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(1, "hi"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(exception.ErrorCode, Is.EqualTo(429));
            Assert.That(exception.Parameters?.RetryAfter, Is.EqualTo(7));
            Assert.That(exception.Message, Is.EqualTo("Too Many Requests: retry after 7"));
            Assert.That(Fake.RateLimitRefusals, Is.Zero);
        }
    }

    [TestCase(500)]
    [TestCase(502)]
    public void ServerError_IsAnApiErrorWithThatCode(int status)
    {
        Fake.Fail("sendMessage", Fault.ServerError(status));

        var exception = Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(1, "hi"));

        Assert.That(exception.ErrorCode, Is.EqualTo(status));
    }

    [Test]
    public void Conflict_OnGetUpdates_IsA409()
    {
        Fake.Fail("getUpdates", Fault.Conflict());

        var exception = Assert.ThrowsAsync<ApiRequestException>(() => Bot.GetUpdates());

        Assert.That(exception.ErrorCode, Is.EqualTo(409));
        Assert.That(exception.Message, Does.StartWith("Conflict: terminated by other getUpdates request"));
    }

    [Test]
    public void Forbidden_IsA403BlockedByTheUser()
    {
        Fake.Fail("sendMessage", Fault.Forbidden());

        var exception = Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(1, "hi"));

        Assert.That(exception.ErrorCode, Is.EqualTo(403));
        Assert.That(exception.Message, Is.EqualTo("Forbidden: bot was blocked by the user"));
    }

    [Test]
    public void Garbage_IsARequestExceptionButNotAnApiError()
    {
        Fake.Fail("getMe", Fault.Garbage());

        Assert.ThrowsAsync(Is.TypeOf<RequestException>(), () => Bot.GetMe());
    }

    [Test]
    public void BadRequest_CarriesTheDescription()
    {
        Fake.Fail("editMessageText", Fault.BadRequest("message to edit not found"));

        var exception = Assert.ThrowsAsync<ApiRequestException>(() => Bot.EditMessageText(1, 5, "new"));

        Assert.That(exception.ErrorCode, Is.EqualTo(400));
        Assert.That(exception.Message, Is.EqualTo("Bad Request: message to edit not found"));
    }

    [Test]
    public async Task Delay_AnswersNormallyAfterwards()
    {
        Fake.Fail("sendMessage", Fault.Delay(TimeSpan.FromMilliseconds(100)));

        var message = await Bot.SendMessage(1, "slow");

        Assert.That(Fake.Sent.Single().MessageId, Is.EqualTo(message.MessageId));
    }

    [Test]
    public async Task Fail_AppliesTheGivenNumberOfTimesThenAnswersNormally()
    {
        Fake.Fail("SENDMESSAGE", Fault.ServerError(), times: 2);

        Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(1, "a"));
        Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(2, "b"));
        await Bot.SendMessage(3, "c");

        Assert.That(Fake.Calls.Select(c => c.Status), Is.EqualTo(new[] { 500, 500, 200 }));
    }

    [Test]
    public async Task Fail_ForOneChat_LeavesOtherChatsAlone()
    {
        Fake.Fail("sendMessage", Fault.Forbidden(), chatId: 5);

        await Bot.SendMessage(6, "fine");
        Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(5, "refused"));

        Assert.That(Fake.Sent.Select(m => m.ChatId), Is.EqualTo(new[] { 6L }));
    }

    [Test]
    public async Task Fail_AppliesScriptsInOrder()
    {
        Fake.Fail("getMe", Fault.ServerError(502));
        Fake.Fail("getMe", Fault.ServerError(500));

        Assert.ThrowsAsync<ApiRequestException>(() => Bot.GetMe());
        Assert.ThrowsAsync<ApiRequestException>(() => Bot.GetMe());
        await Bot.GetMe();

        Assert.That(Fake.Calls.Select(c => c.Status), Is.EqualTo(new[] { 502, 500, 200 }));
    }

    [Test]
    public async Task BlockChat_RefusesEverySendToThatChat()
    {
        Fake.BlockChat(9);

        var send = Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendMessage(9, "hi"));
        var action = Assert.ThrowsAsync<ApiRequestException>(() => Bot.SendChatAction(9, Telegram.Bot.Types.Enums.ChatAction.Typing));
        var edit = Assert.ThrowsAsync<ApiRequestException>(() => Bot.EditMessageText(9, 1, "hi"));
        await Bot.SendMessage(10, "others are fine");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(new[] { send.ErrorCode, action.ErrorCode, edit.ErrorCode }, Has.All.EqualTo(403));
            Assert.That(Fake.Sent.Select(m => m.ChatId), Is.EqualTo(new[] { 10L }));
        }
    }
}
