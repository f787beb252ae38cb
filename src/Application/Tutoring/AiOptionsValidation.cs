using Microsoft.Extensions.Options;

namespace TutorBot.Application.Tutoring;

internal sealed class AiOptionsValidation : IValidateOptions<AiOptions>
{
    public ValidateOptionsResult Validate(string? name, AiOptions options)
    {
        const string S = AiOptions.SectionName;
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Provider))
        {
            failures.Add($"{S}:Provider must be Offline or OpenAI.");
        }

        if (options.Provider == AiProvider.OpenAI)
        {
            if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https"))
            {
                failures.Add($"{S}:Endpoint must be an http(s) address when Provider is OpenAI, e.g. https://api.openai.com/v1.");
            }
            else if (!endpoint.AbsolutePath.TrimEnd('/').EndsWith("/v1", StringComparison.Ordinal))
            {
                failures.Add($"{S}:Endpoint must end with /v1 (the client adds /chat/completions), not '{endpoint.AbsolutePath}'.");
            }

            if (string.IsNullOrWhiteSpace(options.Model))
            {
                failures.Add($"{S}:Model is required when Provider is OpenAI, e.g. gpt-4o-mini or llama3.1.");
            }
        }

        if (options.Timeout < TimeSpan.FromSeconds(1) || options.Timeout > TimeSpan.FromMinutes(10))
        {
            failures.Add($"{S}:Timeout must be between 00:00:01 and 00:10:00, not {options.Timeout}.");
        }

        if (options.ContextBudget is < 100 or > 1_000_000)
        {
            failures.Add($"{S}:ContextBudget must be between 100 and 1000000 characters, not {options.ContextBudget}.");
        }

        if (options.DailyTokenQuota < 0)
        {
            failures.Add($"{S}:DailyTokenQuota must be 0 (unlimited) or more, not {options.DailyTokenQuota}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
