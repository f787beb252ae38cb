using Microsoft.Extensions.Logging;
using TutorBot.Application.Common.Behaviours;
using TutorBot.Application.Common.Exceptions;
using TutorBot.Domain.Common;

namespace TutorBot.Application.Tests.Unit.Behaviours;

public sealed class LoggingBehaviourTests
{
    private const string StudentWords = "my secret homework answer";

    private RecordingLogger<LoggingBehaviour<TestCommand, string>> _logger = null!;

    private LoggingBehaviour<TestCommand, string> Behaviour => new(_logger);

    [SetUp]
    public void CreateLogger() => _logger = new RecordingLogger<LoggingBehaviour<TestCommand, string>>();

    private static IEnumerable<TestCaseData> ExpectedRefusals()
    {
        yield return new TestCaseData(new ValidationException(new Dictionary<string, string[]> { ["Text"] = ["Your message is empty."] }))
            .SetArgDisplayNames("ValidationException");
        yield return new TestCaseData(new NotFoundException("Student", 42)).SetArgDisplayNames("NotFoundException");
        yield return new TestCaseData(new DomainException("A student's message needs an intent.")).SetArgDisplayNames("DomainException");
    }

    [Test]
    public async Task Handle_WhenHandled_ReturnsResponseAndLogsOnlyAtDebug()
    {
        var response = await Behaviour.Handle(new TestCommand(StudentWords), CancellationToken.None, () => Task.FromResult("ok"));

        Assert.That(response, Is.EqualTo("ok"));
        Assert.That(_logger.Entries, Has.Count.EqualTo(2).And.All.Property(nameof(LogEntry.Level)).EqualTo(LogLevel.Debug));
        Assert.That(_logger.Entries.Select(e => e.Message), Has.All.Contain(nameof(TestCommand)));
    }

    [TestCaseSource(nameof(ExpectedRefusals))]
    public void Handle_WhenRequestIsRefused_LogsAtInformationAndRethrows(Exception refusal)
    {
        var thrown = Assert.CatchAsync(() => Behaviour.Handle(new TestCommand(StudentWords), CancellationToken.None, () => throw refusal));

        Assert.That(thrown, Is.SameAs(refusal));
        var information = _logger.AtLevel(LogLevel.Information).ToList();
        Assert.That(information, Has.Count.EqualTo(1));
        Assert.That(information[0].Message, Does.Contain(nameof(TestCommand)).And.Contain(refusal.Message));
        Assert.That(_logger.Entries.Where(e => e.Level >= LogLevel.Warning), Is.Empty, "a refusal is not an alarm");
    }

    [Test]
    public void Handle_WhenHandlerFails_LogsErrorWithExceptionAndRethrows()
    {
        var failure = new InvalidOperationException("database is corrupt");

        var thrown = Assert.ThrowsAsync<InvalidOperationException>(
            () => Behaviour.Handle(new TestCommand(StudentWords), CancellationToken.None, () => throw failure));

        Assert.That(thrown, Is.SameAs(failure));
        var errors = _logger.AtLevel(LogLevel.Error).ToList();
        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0].Exception, Is.SameAs(failure));
        Assert.That(errors[0].Message, Does.Contain(nameof(TestCommand)));
        Assert.That(_logger.AtLevel(LogLevel.Information), Is.Empty);
    }

    [Test]
    public void Handle_WhenCancelled_RethrowsWithoutLoggingAFailure()
    {
        var cancelled = new OperationCanceledException();

        var thrown = Assert.CatchAsync<OperationCanceledException>(
            () => Behaviour.Handle(new TestCommand(), CancellationToken.None, () => throw cancelled));

        Assert.That(thrown, Is.SameAs(cancelled));
        Assert.That(_logger.Entries.Where(e => e.Level >= LogLevel.Information), Is.Empty);
    }

    [Test]
    public void Handle_NeverLogsTheRequestsContent()
    {
        Assert.ThrowsAsync<InvalidOperationException>(
            () => Behaviour.Handle(new TestCommand(StudentWords), CancellationToken.None, () => throw new InvalidOperationException("boom")));

        Assert.That(_logger.Entries, Is.Not.Empty);
        Assert.That(_logger.Entries.Select(e => e.Message), Has.None.Contain(StudentWords));
    }
}
