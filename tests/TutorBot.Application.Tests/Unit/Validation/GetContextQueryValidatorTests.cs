using TutorBot.Application.Conversations.GetContext;

namespace TutorBot.Application.Tests.Unit.Validation;

public sealed class GetContextQueryValidatorTests
{
    private readonly GetContextQueryValidator _validator = new();

    [TestCase(null)]
    [TestCase(1)]
    [TestCase(int.MaxValue)]
    public void Validate_WithNoLimitOrAPositiveOne_Passes(int? limit)
    {
        Assert.That(_validator.Validate(new GetContextQuery(1, limit)).Errors, Is.Empty);
    }

    [TestCase(0)]
    [TestCase(-1)]
    public void Validate_WithLimitBelowOne_IsRejected(int limit)
    {
        var result = _validator.Validate(new GetContextQuery(1, limit));

        Assert.That(result.Errors.Select(e => (e.PropertyName, e.ErrorMessage)),
            Is.EqualTo(new[] { (nameof(GetContextQuery.Limit), "A context limit must be at least 1.") }));
    }
}
