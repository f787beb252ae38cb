using FluentValidation;
using TutorBot.Application.Students;

namespace TutorBot.Application.Tutoring.GetTutorFocus;

internal sealed class GetTutorFocusQueryValidator : AbstractValidator<GetTutorFocusQuery>
{
    public GetTutorFocusQueryValidator() => RuleFor(q => q.StudentId).MustBeStudentId();
}
