using FluentValidation;
using TutorBot.Application.Students;

namespace TutorBot.Application.Lessons.ListLessons;

internal sealed class ListLessonsQueryValidator : AbstractValidator<ListLessonsQuery>
{
    public ListLessonsQueryValidator() => RuleFor(r => r.StudentId).MustBeStudentId();
}
