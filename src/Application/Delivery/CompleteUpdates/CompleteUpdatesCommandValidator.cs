using FluentValidation;

namespace TutorBot.Application.Delivery.CompleteUpdates;

internal sealed class CompleteUpdatesCommandValidator : AbstractValidator<CompleteUpdatesCommand>
{
    /// <summary>A 20 000-character answer split at 4096 fits with room to spare; more is a runaway loop.</summary>
    public const int MaxReplies = 20;

    public CompleteUpdatesCommandValidator()
    {
        // A rule stops at its first failure: the checks after NotNull assume a value.
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(c => c.UpdateIds)
            .NotNull().WithMessage("Name at least one update.")
            .Must(ids => ids.Count is > 0 and <= DeliveryRules.MaxBatchSize)
            .WithMessage($"Name 1 to {DeliveryRules.MaxBatchSize} updates.")
            .Must(ids => ids.All(id => id >= 0)).WithMessage("An update id cannot be negative.")
            .Must(ids => ids.Distinct().Count() == ids.Count).WithMessage("Name each update once.");
        RuleFor(c => c.Outcome).IsInEnum().WithMessage("Unknown update outcome.");
        RuleFor(c => c.Replies)
            .NotNull().WithMessage("Give the replies, or none.")
            .Must(replies => replies.Count <= MaxReplies).WithMessage($"At most {MaxReplies} replies to one update.");
        RuleForEach(c => c.Replies).NotNull().WithMessage("A reply cannot be missing.");
        RuleForEach(c => c.Replies).ChildRules(reply =>
        {
            reply.RuleFor(r => r.Text).MustBeReplyText();
            reply.RuleFor(r => r.Format).IsInEnum().WithMessage("Unknown text format.");
            reply.RuleFor(r => r.Buttons).MustBeKeyboard();
        }).When(c => c.Replies is not null);
    }
}
