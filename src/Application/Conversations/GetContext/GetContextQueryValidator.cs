using FluentValidation;
using TutorBot.Application.Students;

namespace TutorBot.Application.Conversations.GetContext;

internal sealed class GetContextQueryValidator : AbstractValidator<GetContextQuery>
{
    public GetContextQueryValidator()
    {
        RuleFor(q => q.StudentId).MustBeStudentId();
        RuleFor(q => q.Limit).GreaterThan(0).WithMessage("A context limit must be at least 1.");
    }
}
