using TutorBot.Application.Common.Options;

namespace TutorBot.Application.Tests.Unit.Configuration;

public sealed class CacheOptionsValidationTests
{
    private readonly CacheOptionsValidation _validation = new();

    [Test]
    public void Validate_Defaults_Are500EntriesForAnHour_AndSucceed()
    {
        var options = new CacheOptions();

        Assert.That((options.MaxEntries, options.Ttl), Is.EqualTo((500, TimeSpan.FromHours(1))));
        Assert.That(_validation.Validate(null, options).Succeeded, Is.True);
    }

    [TestCase(0, 60, "Cache:MaxEntries")]
    [TestCase(-5, 60, "Cache:MaxEntries")]
    [TestCase(500, 0, "Cache:Ttl")]
    public void Validate_OutOfRange_FailsNamingTheKey(int maxEntries, int ttlSeconds, string key)
    {
        var result = _validation.Validate(null, new CacheOptions { MaxEntries = maxEntries, Ttl = TimeSpan.FromSeconds(ttlSeconds) });

        Assert.That(result.FailureMessage, Does.Contain(key));
    }
}
