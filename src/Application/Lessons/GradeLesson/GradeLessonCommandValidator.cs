using FluentValidation;
using TutorBot.Application.Students;

namespace TutorBot.Application.Lessons.GradeLesson;

internal sealed class GradeLessonCommandValidator : AbstractValidator<GradeLessonCommand>
{
    public GradeLessonCommandValidator() => RuleFor(r => r.StudentId).MustBeStudentId();
}
