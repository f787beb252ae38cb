using FluentValidation;

namespace TutorBot.Application.Delivery.PurgeDelivered;

internal sealed class PurgeDeliveredCommandValidator : AbstractValidator<PurgeDeliveredCommand>
{
    public PurgeDeliveredCommandValidator()
    {
        // Stored times are UTC: a local time would move the cutoff by the machine's offset.
        RuleFor(c => c.OlderThanUtc)
            .Must(time => time.Kind == DateTimeKind.Utc)
            .WithMessage("The cutoff must be a UTC time.");
    }
}
