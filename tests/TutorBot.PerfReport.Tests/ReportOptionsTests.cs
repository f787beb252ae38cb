namespace TutorBot.PerfReport.Tests;

public class ReportOptionsTests
{
    [Test]
    public void Parse_ReadsEverySwitch()
    {
        var options = ReportOptions.Parse(["--quick", "--skip-load"], out var error);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(options, Is.EqualTo(new ReportOptions(Quick: true, SkipLoad: true, SkipBenchmarks: false, Help: false)));
            Assert.That(error, Is.Null);
        }
    }

    [Test]
    public void Parse_UnknownArgument_IsAnError()
    {
        var options = ReportOptions.Parse(["--fast"], out var error);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(options, Is.Null);
            Assert.That(error, Does.Contain("--fast"));
        }
    }

    [Test]
    public void Parse_SkippingBothSteps_IsAnError()
    {
        Assert.That(ReportOptions.Parse(["--skip-load", "--skip-benchmarks"], out _), Is.Null);
    }
}
