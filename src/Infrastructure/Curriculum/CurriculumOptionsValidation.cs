using Microsoft.Extensions.Options;

namespace TutorBot.Infrastructure.Curriculum;

/// <summary>Only the setting itself: whether the course it points at is good is checked by <see cref="CurriculumCheck"/>.</summary>
internal sealed class CurriculumOptionsValidation : IValidateOptions<CurriculumOptions>
{
    public ValidateOptionsResult Validate(string? name, CurriculumOptions options) =>
        string.IsNullOrWhiteSpace(options.Path) || options.Path.AsSpan().IndexOfAny(System.IO.Path.GetInvalidPathChars()) >= 0
            ? ValidateOptionsResult.Fail($"{CurriculumOptions.SectionName}:Path must be the path of a course folder, not '{options.Path}'.")
            : ValidateOptionsResult.Success;
}
