using Microsoft.Extensions.Options;
using TutorBot.Host.Telegram;

namespace TutorBot.Host.Tests.Telegram.Units;

/// <summary>A bad setting stops the bot at start with one line per problem, naming its key and never the token.</summary>
public sealed class TelegramOptionsValidationTests
{
    private const string Token = "7318405521:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Validate_WithoutAToken_Succeeds_WhateverElseIsSet(string? token)
    {
        var options = new TelegramOptions
        {
            BotToken = token,
            ApiBaseUrl = "ftp://nowhere",
            WebhookUrl = "not a url",
            AdminUserIds = [-1],
            PollTimeout = TimeSpan.FromHours(1),
            MaxConcurrentChats = 0,
            MessagesPerSecond = -5,
        };

        Assert.That(Validate(options).Succeeded, Is.True);
    }

    [Test]
    public void Validate_GoodFullConfiguration_Succeeds()
    {
        var result = Validate(Good());

        Assert.That(result.Succeeded, Is.True, result.FailureMessage);
    }

    [Test]
    public void Validate_TokenAndDefaults_Succeeds()
    {
        Assert.That(Validate(new TelegramOptions { BotToken = Token }).Succeeded, Is.True);
    }

    [TestCase("7318405521")]
    [TestCase("7318405521-AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw")]
    [TestCase("bot7318405521:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw")]
    [TestCase("7318405521:")]
    [TestCase(":AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw")]
    [TestCase("7318405521:AAHdq TcvCH1vGWJxfSeofSAs0K5PALDsaw")]
    [TestCase("7318405521:AAHdq$TcvCH1vGWJxfSeofSAs0K5PALDsaw")]
    [TestCase(" 7318405521:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw")]
    public void Validate_BadToken_FailsNamingTheKey_WithoutShowingTheToken(string token)
    {
        var options = Good();
        options.BotToken = token;

        var result = Validate(options);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Failed, Is.True);
            Assert.That(result.Failures, Has.One.StartsWith("Telegram:BotToken"));
            Assert.That(result.FailureMessage, Does.Not.Contain(token.Trim()));
            Assert.That(result.FailureMessage, Does.Not.Contain("AAHdq"));
        }
    }

    [Test]
    public void Validate_ManyProblems_OneLineEach_NoneShowingTheToken()
    {
        var options = Good();
        options.ApiBaseUrl = "ftp://api.example.org";
        options.WebhookSecret = null;
        options.MaxConcurrentSends = 0;

        var result = Validate(options);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Failures, Has.Exactly(3).Items);
            Assert.That(result.Failures, Has.One.StartsWith("Telegram:ApiBaseUrl"));
            Assert.That(result.Failures, Has.One.StartsWith("Telegram:WebhookSecret"));
            Assert.That(result.Failures, Has.One.StartsWith("Telegram:MaxConcurrentSends"));
            Assert.That(result.FailureMessage, Does.Not.Contain(Token));
        }
    }

    [TestCase(null)]
    [TestCase("")]
    public void Validate_WebhookWithoutSecret_Fails(string? secret)
    {
        var options = Good();
        options.WebhookSecret = secret;

        Assert.That(Validate(options).Failures, Has.One.StartsWith("Telegram:WebhookSecret"));
    }

    [TestCase("with space")]
    [TestCase("dollar$")]
    [TestCase("sl/ash")]
    [TestCase("ümlaut")]
    [TestCase("x", 257)]
    public void Validate_WebhookSecretWithABadCharacterOrTooLong_Fails(string secret, int repeat = 1)
    {
        var options = Good();
        options.WebhookSecret = string.Concat(Enumerable.Repeat(secret, repeat));

        var result = Validate(options);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Failures, Has.One.StartsWith("Telegram:WebhookSecret"));
            Assert.That(result.FailureMessage, Does.Not.Contain(options.WebhookSecret), "the secret is a secret too");
        }
    }

    [TestCase("A")]
    [TestCase("azAZ09_-")]
    [TestCase("x", 256)]
    public void Validate_WebhookSecretOfLettersDigitsUnderscoresAndDashes_Succeeds(string secret, int repeat = 1)
    {
        var options = Good();
        options.WebhookSecret = string.Concat(Enumerable.Repeat(secret, repeat));

        Assert.That(Validate(options).Succeeded, Is.True);
    }

    [Test]
    public void Validate_NoWebhook_NeedsNoSecret()
    {
        var options = Good();
        options.WebhookUrl = null;
        options.WebhookSecret = null;

        Assert.That(Validate(options).Succeeded, Is.True);
    }

    private static IEnumerable<TestCaseData> Addresses()
    {
        string[] keys = ["ApiBaseUrl", "WebhookUrl", "ListenUrl"];
        string[] bad = ["ftp://example.org/", "file:///tmp/bot", "/relative/path", "example.org:8443", "not a url"];
        foreach (var key in keys)
        {
            foreach (var value in bad)
            {
                yield return new TestCaseData(key, value, false).SetName($"{key} = {value}: fails");
            }

            yield return new TestCaseData(key, "http://127.0.0.1:8081/path", true).SetName($"{key} http: succeeds");
            yield return new TestCaseData(key, "https://bot.example.org:8443/telegram", true).SetName($"{key} https: succeeds");
        }
    }

    [TestCaseSource(nameof(Addresses))]
    public void Validate_Addresses_MustBeHttpOrHttps(string key, string value, bool valid)
    {
        var options = Good();
        typeof(TelegramOptions).GetProperty(key)!.SetValue(options, value);

        var result = Validate(options);

        if (valid)
        {
            Assert.That(result.Succeeded, Is.True, result.FailureMessage);
        }
        else
        {
            Assert.That(result.Failures, Has.One.StartsWith($"Telegram:{key}"));
        }
    }

    [TestCase(0L)]
    [TestCase(-42L)]
    public void Validate_AdminUserIdNotPositive_Fails(long id)
    {
        var options = Good();
        options.AdminUserIds = [42, id];

        Assert.That(Validate(options).Failures, Has.One.StartsWith("Telegram:AdminUserIds"));
    }

    [TestCase(0.0, true)]
    [TestCase(10.0, true)]
    [TestCase(-0.001, false)]
    [TestCase(10.001, false)]
    public void Validate_JoinWindow_IsCheckedAtBothEnds(double seconds, bool valid) =>
        AssertRange("Telegram:JoinWindow", o => o.JoinWindow = TimeSpan.FromSeconds(seconds), valid);

    [TestCase(1.0, true)]
    [TestCase(50.0, true)]
    [TestCase(0.999, false)]
    [TestCase(50.001, false)]
    public void Validate_PollTimeout_IsCheckedAtBothEnds(double seconds, bool valid) =>
        AssertRange("Telegram:PollTimeout", o => o.PollTimeout = TimeSpan.FromSeconds(seconds), valid);

    [TestCase(1.0, true)]
    [TestCase(600.0, true)]
    [TestCase(0.999, false)]
    [TestCase(600.001, false)]
    public void Validate_MaxRetryDelay_IsCheckedAtBothEnds(double seconds, bool valid) =>
        AssertRange("Telegram:MaxRetryDelay", o => o.MaxRetryDelay = TimeSpan.FromSeconds(seconds), valid);

    [TestCase(1, true)]
    [TestCase(1024, true)]
    [TestCase(0, false)]
    [TestCase(1025, false)]
    public void Validate_MaxConcurrentChats_IsCheckedAtBothEnds(int value, bool valid) =>
        AssertRange("Telegram:MaxConcurrentChats", o => o.MaxConcurrentChats = value, valid);

    [TestCase(1, true)]
    [TestCase(1024, true)]
    [TestCase(0, false)]
    [TestCase(1025, false)]
    public void Validate_MaxConcurrentSends_IsCheckedAtBothEnds(int value, bool valid) =>
        AssertRange("Telegram:MaxConcurrentSends", o => o.MaxConcurrentSends = value, valid);

    [TestCase(0.0, true)]
    [TestCase(1000.0, true)]
    [TestCase(-0.001, false)]
    [TestCase(1000.001, false)]
    [TestCase(double.NaN, false)]
    [TestCase(double.PositiveInfinity, false)]
    public void Validate_MessagesPerSecond_IsCheckedAtBothEnds(double value, bool valid) =>
        AssertRange("Telegram:MessagesPerSecond", o => o.MessagesPerSecond = value, valid);

    [TestCase(0.0, true)]
    [TestCase(1000.0, true)]
    [TestCase(-0.001, false)]
    [TestCase(1000.001, false)]
    [TestCase(double.NaN, false)]
    public void Validate_MessagesPerSecondPerChat_IsCheckedAtBothEnds(double value, bool valid) =>
        AssertRange("Telegram:MessagesPerSecondPerChat", o => o.MessagesPerSecondPerChat = value, valid);

    [TestCase(1.0, true)]
    [TestCase(365.0 * 24, true)]
    [TestCase(0.999, false)]
    [TestCase((365.0 * 24) + 0.001, false)]
    public void Validate_Retention_IsCheckedAtBothEnds(double hours, bool valid) =>
        AssertRange("Telegram:Retention", o => o.Retention = TimeSpan.FromHours(hours), valid);

    [Test]
    public void Validate_RetentionTooShort_SaysWhatIsAllowed()
    {
        var options = Good();
        options.Retention = TimeSpan.FromMinutes(5);

        Assert.That(Validate(options).Failures, Is.EqualTo(new[] { "Telegram:Retention must be between 01:00:00 and 365.00:00:00, not 00:05:00." }));
    }

    [Test]
    public void Retention_ByDefault_IsSevenDays()
    {
        Assert.That(new TelegramOptions().Retention, Is.EqualTo(TimeSpan.FromDays(7)));
    }

    private static void AssertRange(string key, Action<TelegramOptions> set, bool valid)
    {
        var options = Good();
        set(options);

        var result = Validate(options);

        if (valid)
        {
            Assert.That(result.Succeeded, Is.True, result.FailureMessage);
        }
        else
        {
            using (Assert.EnterMultipleScope())
            {
                Assert.That(result.Failures, Has.Exactly(1).Items);
                Assert.That(result.Failures, Has.One.StartsWith(key));
            }
        }
    }

    private static ValidateOptionsResult Validate(TelegramOptions options) => new TelegramOptionsValidation().Validate(null, options);

    /// <summary>Every setting used, each with a good value.</summary>
    [TestCase(1e-7, 0.0)]
    [TestCase(0.0, 1e-13)]
    [TestCase(double.NaN, 0.0)]
    public void Validate_RateTooSmallForTheLimiter_Fails(double overall, double perChat)
    {
        var options = Good();
        options.MessagesPerSecond = overall;
        options.MessagesPerSecondPerChat = perChat;

        Assert.That(Validate(options).Failed, Is.True);
    }

    [Test]
    public void Validate_PlainHttpWebhookWithThePublicBotApi_Fails()
    {
        var options = Good();
        options.ApiBaseUrl = TelegramOptions.PublicApiBaseUrl;
        options.WebhookUrl = "http://bot.example.org/telegram/updates";

        Assert.That(Validate(options).FailureMessage, Does.Contain("Telegram:WebhookUrl must be an https:// address"));
    }

    private static TelegramOptions Good() => new()
    {
        BotToken = Token,
        ApiBaseUrl = "http://127.0.0.1:8081",
        WebhookUrl = "https://bot.example.org/telegram/updates",
        WebhookSecret = "s3cret_Value-42",
        ListenUrl = "http://0.0.0.0:8080",
        AdminUserIds = [42, 7000000001],
        JoinWindow = TimeSpan.FromSeconds(1.5),
        PollTimeout = TimeSpan.FromSeconds(30),
        MaxConcurrentChats = 16,
        MessagesPerSecondPerChat = 1,
        MessagesPerSecond = 30,
        MaxConcurrentSends = 32,
        MaxRetryDelay = TimeSpan.FromSeconds(30),
        Retention = TimeSpan.FromDays(30),
    };
}
