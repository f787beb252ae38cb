using FluentValidation;
using TutorBot.Application.Students;

namespace TutorBot.Application.Lessons.GetHint;

internal sealed class GetHintCommandValidator : AbstractValidator<GetHintCommand>
{
    public GetHintCommandValidator() => RuleFor(r => r.StudentId).MustBeStudentId();
}
