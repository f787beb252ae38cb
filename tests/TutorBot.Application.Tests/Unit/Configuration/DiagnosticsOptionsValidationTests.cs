using TutorBot.Application.Common.Options;

namespace TutorBot.Application.Tests.Unit.Configuration;

public sealed class DiagnosticsOptionsValidationTests
{
    private readonly DiagnosticsOptionsValidation _validation = new();

    [Test]
    public void Validate_Defaults_Succeed()
    {
        Assert.That(_validation.Validate(null, new DiagnosticsOptions()).Succeeded, Is.True);
    }

    [Test]
    public void Validate_OneTickThreshold_Succeeds()
    {
        Assert.That(_validation.Validate(null, new DiagnosticsOptions { SlowRequestThreshold = TimeSpan.FromTicks(1) }).Succeeded, Is.True);
    }

    [TestCase(0)]
    [TestCase(-500)]
    public void Validate_WhenThresholdNotPositive_FailsNamingTheKey(int milliseconds)
    {
        var result = _validation.Validate(null, new DiagnosticsOptions { SlowRequestThreshold = TimeSpan.FromMilliseconds(milliseconds) });

        Assert.That(result.Failed, Is.True);
        Assert.That(result.FailureMessage, Does.Contain("Diagnostics:SlowRequestThreshold"));
    }
}
