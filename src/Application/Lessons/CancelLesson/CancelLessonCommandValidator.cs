using FluentValidation;
using TutorBot.Application.Students;

namespace TutorBot.Application.Lessons.CancelLesson;

internal sealed class CancelLessonCommandValidator : AbstractValidator<CancelLessonCommand>
{
    public CancelLessonCommandValidator() => RuleFor(r => r.StudentId).MustBeStudentId();
}
