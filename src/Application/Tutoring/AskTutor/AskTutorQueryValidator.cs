using FluentValidation;
using TutorBot.Application.Students;
using TutorBot.Domain.Conversations;

namespace TutorBot.Application.Tutoring.AskTutor;

internal sealed class AskTutorQueryValidator : AbstractValidator<AskTutorQuery>
{
    public AskTutorQueryValidator(ConversationLimits limits)
    {
        RuleFor(q => q.StudentId).MustBeStudentId();
        RuleFor(q => q.Question)
            .Must(q => !string.IsNullOrWhiteSpace(q)).WithMessage("A question cannot be empty.")
            .Must(q => q is null || q.Length <= limits.MaxMessageLength).WithMessage($"A question can have at most {limits.MaxMessageLength} characters.");
    }
}
