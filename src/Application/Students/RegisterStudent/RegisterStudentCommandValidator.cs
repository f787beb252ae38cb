using FluentValidation;

namespace TutorBot.Application.Students.RegisterStudent;

internal sealed class RegisterStudentCommandValidator : AbstractValidator<RegisterStudentCommand>
{
    public RegisterStudentCommandValidator()
    {
        RuleFor(c => c.StudentId).MustBeStudentId();
        RuleFor(c => c.DisplayName).MustBeDisplayName().When(c => c.DisplayName is not null);
    }
}
