using FluentValidation;
using TutorBot.Domain.Delivery;

namespace TutorBot.Application.Delivery;

/// <summary>Validation rules shared by the inbox and outbox requests.</summary>
internal static class DeliveryRules
{
    /// <summary>The most ids one request takes: a poll returns at most 100 updates, a sender batch is smaller still.</summary>
    public const int MaxBatchSize = 1000;

    public static IRuleBuilderOptions<T, IReadOnlyList<long>> MustBeOutboxIds<T>(this IRuleBuilder<T, IReadOnlyList<long>> rule) =>
        rule
            .NotNull().WithMessage("Name at least one outbox message.")
            .Must(ids => ids.Count is > 0 and <= MaxBatchSize).WithMessage($"Name 1 to {MaxBatchSize} outbox messages.")
            .Must(ids => ids.All(id => id > 0)).WithMessage("An outbox message id is a positive whole number.");

    public static IRuleBuilderOptions<T, string> MustBeReplyText<T>(this IRuleBuilder<T, string> rule) =>
        rule
            .Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("A reply cannot be blank.")
            .Must(text => text is null || text.Length <= OutboxMessage.MaxTextLength)
            .WithMessage($"A reply can have at most {OutboxMessage.MaxTextLength} characters; split longer ones.");

    public static IRuleBuilderOptionsConditions<T, IReadOnlyList<IReadOnlyList<OutboxButton>>?> MustBeKeyboard<T>(
        this IRuleBuilder<T, IReadOnlyList<IReadOnlyList<OutboxButton>>?> rule) =>
        rule.Custom((buttons, context) =>
        {
            if (OutboxMessage.CheckKeyboard(buttons) is { } problem)
            {
                context.AddFailure(problem);
            }
        });
}
