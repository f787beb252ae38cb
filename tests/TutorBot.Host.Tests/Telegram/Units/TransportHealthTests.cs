using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;
using TutorBot.Host.Telegram;

namespace TutorBot.Host.Tests.Telegram.Units;

/// <summary>What /healthz says about Telegram: healthy once a call worked and fewer than 3 have failed since.</summary>
public sealed class TransportHealthTests
{
    private const string Conflict = "409 conflict: another instance or a webhook is using this token (Conflict: terminated by other getUpdates request)";

    private FakeTimeProvider _time = null!;
    private ServiceProvider _services = null!;
    private TransportHealth _health = null!;
    private HealthReporter _reporter = null!;

    [SetUp]
    public void SetUp()
    {
        _time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        _services = new ServiceCollection().BuildServiceProvider();
        _health = new TransportHealth(_time);
        _reporter = new HealthReporter(_services.GetRequiredService<IServiceScopeFactory>(), _health);
    }

    [TearDown]
    public void TearDown() => _services.Dispose();

    [Test]
    public void CheckTransport_BeforeAnySuccess_IsUnhealthy()
    {
        var result = _reporter.CheckTransport();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Status, Is.EqualTo(HealthStatus.Unhealthy));
            Assert.That(result.Description, Does.Contain("starting").And.Contain("never"));
        }
    }

    [Test]
    public void CheckTransport_BeforeAnySuccess_WithFailures_IsUnhealthy_AndSaysWhy()
    {
        _health.RecordFailure(Conflict);

        var result = _reporter.CheckTransport();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Status, Is.EqualTo(HealthStatus.Unhealthy));
            Assert.That(result.Description, Does.Contain(Conflict));
        }
    }

    [Test]
    public void CheckTransport_AfterASuccess_IsHealthy_WithModeAndTime()
    {
        _health.Mode = "long polling";
        _health.RecordSuccess();

        var result = _reporter.CheckTransport();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Status, Is.EqualTo(HealthStatus.Healthy));
            Assert.That(result.Description, Does.StartWith("long polling").And.Contain("2026-03-01T12:00:00.0000000Z"));
        }
    }

    [TestCase(1, HealthStatus.Healthy)]
    [TestCase(2, HealthStatus.Healthy)]
    [TestCase(3, HealthStatus.Unhealthy)]
    [TestCase(10, HealthStatus.Unhealthy)]
    public void CheckTransport_AfterConsecutiveFailures_IsUnhealthyFromTheThird(int failures, HealthStatus expected)
    {
        _health.Mode = "webhook";
        _health.RecordSuccess();
        for (var i = 1; i <= failures; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            _health.RecordFailure($"500: Internal Server Error #{i}");
        }

        var result = _reporter.CheckTransport();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Status, Is.EqualTo(expected));
            Assert.That(result.Description, Does.Contain("webhook"));
            Assert.That(result.Description, Does.Contain($"{failures} failure(s)"));
            Assert.That(result.Description, Does.Contain($"500: Internal Server Error #{failures}"), "the last problem");
        }
    }

    [Test]
    public void RecordSuccess_AfterFailures_MakesItHealthyAgain()
    {
        _health.RecordSuccess();
        for (var i = 0; i < 5; i++)
        {
            _health.RecordFailure(Conflict);
        }

        _time.Advance(TimeSpan.FromMinutes(1));
        _health.RecordSuccess();
        var status = _health.Read();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status.IsHealthy, Is.True);
            Assert.That(status.ConsecutiveFailures, Is.Zero);
            Assert.That(status.LastSuccessUtc, Is.EqualTo(new DateTime(2026, 3, 1, 12, 1, 0, DateTimeKind.Utc)));
            Assert.That(_reporter.CheckTransport().Description, Does.Not.Contain("failure"));
        }
    }

    [Test]
    public async Task RecordFailure_FromManyThreads_CountsEveryOne()
    {
        _health.RecordSuccess();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 1000; i++)
            {
                _health.RecordFailure("500");
            }
        }))).Soon();

        Assert.That(_health.Read().ConsecutiveFailures, Is.EqualTo(8000));
    }
}
