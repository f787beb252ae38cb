using Microsoft.Extensions.Options;
using TutorBot.Domain.Common;

namespace TutorBot.Application.Common.Options;

internal sealed class LimitsOptionsValidation : IValidateOptions<LimitsOptions>
{
    public ValidateOptionsResult Validate(string? name, LimitsOptions options)
    {
        var failures = new List<string>();
        try
        {
            options.ToConversationLimits();
        }
        catch (DomainException e)
        {
            failures.Add($"{LimitsOptions.SectionName}:{e.Message}");
        }

        if (options.MessagesPerMinute < 1)
        {
            failures.Add($"{LimitsOptions.SectionName}:MessagesPerMinute must be at least 1, not {options.MessagesPerMinute}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

internal sealed class DiagnosticsOptionsValidation : IValidateOptions<DiagnosticsOptions>
{
    public ValidateOptionsResult Validate(string? name, DiagnosticsOptions options) =>
        options.SlowRequestThreshold > TimeSpan.Zero
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{DiagnosticsOptions.SectionName}:SlowRequestThreshold must be positive, e.g. 00:00:00.500.");
}
