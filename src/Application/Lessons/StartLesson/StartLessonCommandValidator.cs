using FluentValidation;
using TutorBot.Application.Students;

namespace TutorBot.Application.Lessons.StartLesson;

internal sealed class StartLessonCommandValidator : AbstractValidator<StartLessonCommand>
{
    public StartLessonCommandValidator()
    {
        RuleFor(c => c.StudentId).MustBeStudentId();
        RuleFor(c => c.LessonNumber).GreaterThan(0).WithMessage("A lesson number is a whole number from 1, as /lessons shows them.");
    }
}
