using FluentValidation;

namespace TutorBot.Application.Delivery.RecordOutboxAttempts;

internal sealed class RecordOutboxAttemptsCommandValidator : AbstractValidator<RecordOutboxAttemptsCommand>
{
    public RecordOutboxAttemptsCommandValidator()
    {
        // A rule stops at its first failure: the checks after NotNull assume a value.
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(c => c.Ids).MustBeOutboxIds();
    }
}
