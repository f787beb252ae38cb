using FluentValidation;
using TutorBot.Application.Students;

namespace TutorBot.Application.Lessons.GetOpenExercise;

internal sealed class GetOpenExerciseQueryValidator : AbstractValidator<GetOpenExerciseQuery>
{
    public GetOpenExerciseQueryValidator() => RuleFor(r => r.StudentId).MustBeStudentId();
}
