using FluentValidation;
using TutorBot.Domain.Students;

namespace TutorBot.Application.Students;

/// <summary>Validation rules shared by every request that names a student.</summary>
internal static class StudentRules
{
    public static IRuleBuilderOptions<T, long> MustBeStudentId<T>(this IRuleBuilder<T, long> rule) =>
        rule.GreaterThan(0).WithMessage("A student id is a positive whole number.");

    public static IRuleBuilderOptions<T, string?> MustBeDisplayName<T>(this IRuleBuilder<T, string?> rule) =>
        rule
            .Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("A name cannot be blank.")
            .Must(name => name is null || name.Trim().Length <= Student.MaxDisplayNameLength)
            .WithMessage($"A name can have at most {Student.MaxDisplayNameLength} characters.")
            .Must(name => name is null || !name.Any(char.IsControl)).WithMessage("A name cannot contain control characters.");
}
