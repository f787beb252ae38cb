using TutorBot.FakeTelegram;
using TutorBot.Testing;

namespace TutorBot.Host.Tests.Telegram.EndToEnd;

public sealed class SmokeTests
{
    [Test]
    public async Task Start_IsAnsweredWithTheMenu()
    {
        using var database = TestDatabase.Create();
        await using var fake = await FakeBotApi.StartAsync();
        await using var bot = await RunningBot.StartAsync(fake, database);

        fake.SendText(42, "/start", firstName: "Ada");
        var sent = await fake.WaitForSentAsync(s => s.Count >= 1, TimeSpan.FromSeconds(20));

        Assert.That(sent[0].ChatId, Is.EqualTo(42));
        Assert.That(sent[0].Text, Does.Contain("Welcome, Ada!"));
        Assert.That(sent[0].ReplyMarkupJson, Does.Contain("/help"));
    }
}
