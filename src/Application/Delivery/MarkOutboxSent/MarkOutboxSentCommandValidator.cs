using FluentValidation;

namespace TutorBot.Application.Delivery.MarkOutboxSent;

internal sealed class MarkOutboxSentCommandValidator : AbstractValidator<MarkOutboxSentCommand>
{
    public MarkOutboxSentCommandValidator()
    {
        // A rule stops at its first failure: the checks after NotNull assume a value.
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(c => c.Ids).MustBeOutboxIds();
    }
}
