using FluentValidation;
using TutorBot.Application.Students;

namespace TutorBot.Application.Tutoring.RecordTutorAnswer;

internal sealed class RecordTutorAnswerCommandValidator : AbstractValidator<RecordTutorAnswerCommand>
{
    public RecordTutorAnswerCommandValidator()
    {
        RuleFor(c => c.StudentId).MustBeStudentId();
        RuleFor(c => c.InputTokens).GreaterThanOrEqualTo(0).WithMessage("Token counts cannot be negative.");
        RuleFor(c => c.OutputTokens).GreaterThanOrEqualTo(0).WithMessage("Token counts cannot be negative.");
    }
}
