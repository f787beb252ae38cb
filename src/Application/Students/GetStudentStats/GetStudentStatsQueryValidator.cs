using FluentValidation;

namespace TutorBot.Application.Students.GetStudentStats;

internal sealed class GetStudentStatsQueryValidator : AbstractValidator<GetStudentStatsQuery>
{
    public GetStudentStatsQueryValidator() => RuleFor(q => q.StudentId).MustBeStudentId();
}
