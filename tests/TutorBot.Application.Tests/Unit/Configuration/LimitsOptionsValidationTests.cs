using TutorBot.Application.Common.Options;

namespace TutorBot.Application.Tests.Unit.Configuration;

public sealed class LimitsOptionsValidationTests
{
    private readonly LimitsOptionsValidation _validation = new();

    [Test]
    public void Validate_Defaults_Succeed()
    {
        Assert.That(_validation.Validate(null, new LimitsOptions()).Succeeded, Is.True);
    }

    [TestCase(6000, 5000, 50, "Limits:MinMessageLength", "6000", TestName = "Validate_WhenMinAboveMax_Fails")]
    [TestCase(-1, 5000, 50, "Limits:MinMessageLength", "-1", TestName = "Validate_WhenMinNegative_Fails")]
    [TestCase(0, 0, 50, "Limits:MaxMessageLength", "not 0", TestName = "Validate_WhenMaxZero_Fails")]
    [TestCase(10, 100_001, 50, "Limits:MaxMessageLength", "100001", TestName = "Validate_WhenMaxAboveBound_Fails")]
    [TestCase(10, 5000, 0, "Limits:MaxMessagesPerStudent", "not 0", TestName = "Validate_WhenMaxMessagesZero_Fails")]
    public void Validate_WhenConversationLimitIsOutOfRange_Fails(int min, int max, int maxMessages, string key, string offendingValue)
    {
        var options = new LimitsOptions { MinMessageLength = min, MaxMessageLength = max, MaxMessagesPerStudent = maxMessages };

        var result = _validation.Validate(null, options);

        Assert.That(result.Failed, Is.True);
        Assert.That(result.Failures, Has.One.StartsWith(key).And.Contains(offendingValue));
    }

    [TestCase(0)]
    [TestCase(-5)]
    public void Validate_WhenMessagesPerMinuteBelowOne_FailsNamingTheKey(int perMinute)
    {
        var result = _validation.Validate(null, new LimitsOptions { MessagesPerMinute = perMinute });

        Assert.That(result.Failed, Is.True);
        Assert.That(result.FailureMessage, Does.Contain("Limits:MessagesPerMinute"));
    }

    [Test]
    public void Validate_WhenSeveralValuesAreWrong_ReportsEach()
    {
        var result = _validation.Validate(null, new LimitsOptions { MaxMessagesPerStudent = 0, MessagesPerMinute = 0 });

        Assert.That(result.Failures, Has.Exactly(2).Items);
    }
}
