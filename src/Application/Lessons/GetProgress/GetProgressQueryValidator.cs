using FluentValidation;
using TutorBot.Application.Students;

namespace TutorBot.Application.Lessons.GetProgress;

internal sealed class GetProgressQueryValidator : AbstractValidator<GetProgressQuery>
{
    public GetProgressQueryValidator() => RuleFor(r => r.StudentId).MustBeStudentId();
}
