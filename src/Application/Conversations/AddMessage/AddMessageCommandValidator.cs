using FluentValidation;
using TutorBot.Application.Students;
using TutorBot.Domain.Conversations;

namespace TutorBot.Application.Conversations.AddMessage;

internal sealed class AddMessageCommandValidator : AbstractValidator<AddMessageCommand>
{
    public AddMessageCommandValidator(ConversationLimits limits)
    {
        RuleFor(c => c.StudentId).MustBeStudentId();
        RuleFor(c => c.Role).IsInEnum().WithMessage("A message is written by the student or the tutor.");
        RuleFor(c => c.Intent).IsInEnum().WithMessage("Unknown message intent.");
        RuleFor(c => c.Intent).NotNull().WithMessage("A student's message needs an intent.").When(c => c.Role == MessageRole.User);
        RuleFor(c => c.Intent).Null().WithMessage("The tutor's messages have no intent.").When(c => c.Role == MessageRole.Assistant);
        RuleFor(c => c.Text).MustBeStorable(limits, c => c.IsFreeFormDialogue);
    }
}
