using FluentValidation;
using TutorBot.Domain.Conversations;

namespace TutorBot.Application.Conversations;

/// <summary>The rule every text to be stored in a conversation meets, for the validators that take such texts.</summary>
internal static class MessageTextRules
{
    /// <param name="isFreeFormDialogue">Whether the minimum length applies (see <see cref="ConversationLimits.Check"/>).</param>
    public static IRuleBuilderOptionsConditions<T, string> MustBeStorable<T>(
        this IRuleBuilder<T, string> rule, ConversationLimits limits, Func<T, bool> isFreeFormDialogue) =>
        rule.Custom((text, context) =>
        {
            var problem = limits.Check(text, isFreeFormDialogue(context.InstanceToValidate));
            if (problem != MessageTextProblem.None)
            {
                context.AddFailure(context.PropertyPath, MessageTextFeedback.Describe(problem, limits, text));
            }
        });
}
