using FluentValidation;
using TutorBot.Application.Delivery.MarkOutboxFailed;
using TutorBot.Application.Delivery.MarkOutboxSent;
using TutorBot.Application.Delivery.RecordOutboxAttempts;

namespace TutorBot.Application.Tests.Unit.Delivery;

/// <summary>The three outbox commands take their ids under the same rules.</summary>
public sealed class OutboxIdsValidatorTests
{
    private static IEnumerable<TestCaseData> Validators()
    {
        yield return Validator("mark sent", new MarkOutboxSentCommandValidator(), ids => new MarkOutboxSentCommand(ids));
        yield return Validator("mark failed", new MarkOutboxFailedCommandValidator(), ids => new MarkOutboxFailedCommand(ids, "Gave up"));
        yield return Validator("record attempts", new RecordOutboxAttemptsCommandValidator(), ids => new RecordOutboxAttemptsCommand(ids));
    }

    [TestCaseSource(nameof(Validators))]
    public void Validate_WithOneToAThousandPositiveIds_Passes(Func<IReadOnlyList<long>, IEnumerable<string>> errors)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(errors([1]), Is.Empty);
            Assert.That(errors([.. Enumerable.Range(1, 1000).Select(id => (long)id)]), Is.Empty);
        }
    }

    [TestCaseSource(nameof(Validators))]
    public void Validate_WithNoOrTooManyIds_IsRejected(Func<IReadOnlyList<long>, IEnumerable<string>> errors)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(errors([]), Is.EqualTo(new[] { "Name 1 to 1000 outbox messages." }));
            Assert.That(errors([.. Enumerable.Range(1, 1001).Select(id => (long)id)]), Is.EqualTo(new[] { "Name 1 to 1000 outbox messages." }));
            Assert.That(errors(null!), Is.EqualTo(new[] { "Name at least one outbox message." }));
        }
    }

    [TestCaseSource(nameof(Validators))]
    public void Validate_WithIdNotPositive_IsRejected(Func<IReadOnlyList<long>, IEnumerable<string>> errors)
    {
        Assert.That(errors([3, 0]), Is.EqualTo(new[] { "An outbox message id is a positive whole number." }));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase(null)]
    public void Validate_MarkFailedWithoutReason_IsRejected(string? reason)
    {
        var result = new MarkOutboxFailedCommandValidator().Validate(new MarkOutboxFailedCommand([1], reason!));

        Assert.That(result.Errors.Select(e => e.ErrorMessage), Is.EqualTo(new[] { "A failure needs a reason." }));
    }

    private static TestCaseData Validator<T>(string name, IValidator<T> validator, Func<IReadOnlyList<long>, T> command)
    {
        Func<IReadOnlyList<long>, IEnumerable<string>> errors = ids => validator.Validate(command(ids)).Errors.Select(e => e.ErrorMessage);
        return new TestCaseData(errors).SetArgDisplayNames(name);
    }
}
