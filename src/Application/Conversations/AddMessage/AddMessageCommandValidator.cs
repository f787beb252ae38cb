using FluentValidation;
using TutorBot.Application.Students;
using TutorBot.Domain.Conversations;

namespace TutorBot.Application.Conversations.AddMessage;

internal sealed class AddMessageCommandValidator : AbstractValidator<AddMessageCommand>
{
    public AddMessageCommandValidator(ConversationLimits limits)
    {
        RuleFor(c => c.StudentId).MustBeStudentId();
        RuleFor(c => c.Text).Custom((text, context) =>
        {
            var problem = limits.Check(text, context.InstanceToValidate.IsFreeFormDialogue);
            if (problem != MessageTextProblem.None)
            {
                context.AddFailure(nameof(AddMessageCommand.Text), MessageTextFeedback.Describe(problem, limits, text));
            }
        });
    }
}
