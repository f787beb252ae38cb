using System.Text;
using FluentValidation;
using TutorBot.Domain.Delivery;

namespace TutorBot.Application.Delivery.StoreUpdates;

internal sealed class StoreUpdatesCommandValidator : AbstractValidator<StoreUpdatesCommand>
{
    public StoreUpdatesCommandValidator()
    {
        // A rule stops at its first failure: the checks after NotNull assume a value.
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(c => c.Updates)
            .NotNull().WithMessage("Give at least one update.")
            .Must(updates => updates.Count is > 0 and <= DeliveryRules.MaxBatchSize)
            .WithMessage($"Give 1 to {DeliveryRules.MaxBatchSize} updates at once.");
        RuleForEach(c => c.Updates).NotNull().WithMessage("An update cannot be missing.");
        RuleForEach(c => c.Updates).ChildRules(update =>
        {
            update.RuleFor(u => u.UpdateId).GreaterThanOrEqualTo(0).WithMessage("An update id cannot be negative.");
            update.RuleFor(u => u.Payload)
                .Must(payload => !string.IsNullOrWhiteSpace(payload)).WithMessage("An update's payload cannot be blank.")
                .Must(payload => payload is null || Encoding.UTF8.GetByteCount(payload) <= InboxUpdate.MaxPayloadBytes)
                .WithMessage($"An update's payload can have at most {InboxUpdate.MaxPayloadBytes} bytes.");
        }).When(c => c.Updates is not null);
    }
}
