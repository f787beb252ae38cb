using FluentValidation;

namespace TutorBot.Application.Delivery.MarkOutboxFailed;

internal sealed class MarkOutboxFailedCommandValidator : AbstractValidator<MarkOutboxFailedCommand>
{
    public MarkOutboxFailedCommandValidator()
    {
        // A rule stops at its first failure: the checks after NotNull assume a value.
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(c => c.Ids).MustBeOutboxIds();
        RuleFor(c => c.Reason).Must(reason => !string.IsNullOrWhiteSpace(reason)).WithMessage("A failure needs a reason.");
    }
}
