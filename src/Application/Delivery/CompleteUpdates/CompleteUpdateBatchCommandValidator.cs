using FluentValidation;

namespace TutorBot.Application.Delivery.CompleteUpdates;

internal sealed class CompleteUpdateBatchCommandValidator : AbstractValidator<CompleteUpdateBatchCommand>
{
    public CompleteUpdateBatchCommandValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(c => c.Items)
            .NotNull().WithMessage("Give at least one item.")
            .Must(items => items.Count is > 0 and <= DeliveryRules.MaxBatchSize)
            .WithMessage($"Give 1 to {DeliveryRules.MaxBatchSize} items.")
            .Must(items => items.All(i => i is not null)).WithMessage("An item cannot be missing.")
            .Must(items => NamesEachUpdateOnce(items)).WithMessage("Name each update once, in one item only.");
        RuleForEach(c => c.Items).SetValidator(new CompleteUpdatesCommandValidator()).When(c => c.Items is not null);
    }

    private static bool NamesEachUpdateOnce(IReadOnlyList<CompleteUpdatesCommand> items)
    {
        var ids = items.Where(i => i.UpdateIds is not null).SelectMany(i => i.UpdateIds).ToList();
        return ids.Distinct().Count() == ids.Count;
    }
}
