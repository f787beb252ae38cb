using FluentValidation;

namespace TutorBot.Application.Students.DeactivateStudent;

internal sealed class DeactivateStudentCommandValidator : AbstractValidator<DeactivateStudentCommand>
{
    public DeactivateStudentCommandValidator() => RuleFor(c => c.StudentId).MustBeStudentId();
}
