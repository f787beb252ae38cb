using FluentValidation;
using TutorBot.Application.Students;

namespace TutorBot.Application.Conversations.ClearContext;

internal sealed class ClearContextCommandValidator : AbstractValidator<ClearContextCommand>
{
    public ClearContextCommandValidator() => RuleFor(c => c.StudentId).MustBeStudentId();
}
