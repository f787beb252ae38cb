using MediatR;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TutorBot.Application.Common.Behaviours;
using TutorBot.Application.Common.Options;

namespace TutorBot.Application.Tests.Unit.Behaviours;

/// <summary>
/// Nothing here measures time: the threshold is either one tick, which a handler awaiting a delay always
/// exceeds, or an hour, which it never reaches.
/// </summary>
public sealed class SlowRequestBehaviourTests
{
    // The behaviour skips the first request of each type for the whole process (JIT warm-up), so every test
    // has a request type of its own and does not depend on the order tests run in.
    private sealed record SlowProbe : IRequest<int>;

    private sealed record BelowThresholdProbe : IRequest<int>;

    [Test]
    public async Task Handle_WhenSlowerThanThreshold_LogsWarningFromTheSecondRequestOfAType()
    {
        var logger = new RecordingLogger<SlowRequestBehaviour<SlowProbe, int>>();
        var behaviour = new SlowRequestBehaviour<SlowProbe, int>(logger, Threshold(TimeSpan.FromTicks(1)));

        var first = await behaviour.Handle(new SlowProbe(), CancellationToken.None, SlowHandler);
        Assert.That(logger.Entries, Is.Empty, "the first request of a type pays for warm-up and is not judged");

        var second = await behaviour.Handle(new SlowProbe(), CancellationToken.None, SlowHandler);
        Assert.That(new[] { first, second }, Is.EqualTo(new[] { 7, 7 }));
        var warnings = logger.AtLevel(LogLevel.Warning).ToList();
        Assert.That(warnings, Has.Count.EqualTo(1));
        Assert.That(warnings[0].Message, Does.Contain(nameof(SlowProbe)));
        Assert.That(logger.Entries, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Handle_WhenWithinThreshold_LogsNothing()
    {
        var logger = new RecordingLogger<SlowRequestBehaviour<BelowThresholdProbe, int>>();
        var behaviour = new SlowRequestBehaviour<BelowThresholdProbe, int>(logger, Threshold(TimeSpan.FromHours(1)));

        await behaviour.Handle(new BelowThresholdProbe(), CancellationToken.None, SlowHandler);
        var response = await behaviour.Handle(new BelowThresholdProbe(), CancellationToken.None, SlowHandler);

        Assert.That(response, Is.EqualTo(7));
        Assert.That(logger.Entries, Is.Empty);
    }

    private static async Task<int> SlowHandler()
    {
        await Task.Delay(20);
        return 7;
    }

    private static IOptions<DiagnosticsOptions> Threshold(TimeSpan threshold) =>
        Options.Create(new DiagnosticsOptions { SlowRequestThreshold = threshold });
}
