using FluentValidation;
using TutorBot.Application.Conversations;
using TutorBot.Application.Students;
using TutorBot.Domain.Conversations;

namespace TutorBot.Application.Tutoring.RecordTutorAnswer;

internal sealed class RecordTutorAnswerCommandValidator : AbstractValidator<RecordTutorAnswerCommand>
{
    public RecordTutorAnswerCommandValidator(ConversationLimits limits)
    {
        RuleFor(c => c.StudentId).MustBeStudentId();
        RuleFor(c => c.Question).MustBeStorable(limits, _ => true);
        RuleFor(c => c.Answer).MustBeStorable(limits, _ => false);
        RuleFor(c => c.InputTokens).GreaterThanOrEqualTo(0).WithMessage("Token counts cannot be negative.");
        RuleFor(c => c.OutputTokens).GreaterThanOrEqualTo(0).WithMessage("Token counts cannot be negative.");
    }
}
