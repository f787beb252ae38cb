using TutorBot.Application.Stats.GetStats;

namespace TutorBot.Application.Tests.Unit.Validation;

public sealed class GetStatsQueryValidatorTests
{
    private readonly GetStatsQueryValidator _validator = new();

    [TestCase(0)]
    [TestCase(5)]
    [TestCase(100)]
    public void Validate_WithBusiestCountInRange_Passes(int busiestCount)
    {
        Assert.That(_validator.Validate(new GetStatsQuery(busiestCount)).Errors, Is.Empty);
    }

    [TestCase(-1)]
    [TestCase(101)]
    public void Validate_WithBusiestCountOutOfRange_IsRejected(int busiestCount)
    {
        var result = _validator.Validate(new GetStatsQuery(busiestCount));

        Assert.That(result.Errors.Select(e => e.PropertyName), Is.EqualTo(new[] { nameof(GetStatsQuery.BusiestCount) }));
    }
}
