using Microsoft.Extensions.Options;

namespace TutorBot.Application.Common.Options;

/// <summary>The <c>Cache</c> configuration section: the same bound for each bounded cache.</summary>
public sealed class CacheOptions
{
    public const string SectionName = "Cache";

    /// <summary>Entries each cache holds at most; the least recently used go first.</summary>
    public int MaxEntries { get; set; } = 500;

    /// <summary>How long an entry lives after it was written.</summary>
    public TimeSpan Ttl { get; set; } = TimeSpan.FromHours(1);
}

internal sealed class CacheOptionsValidation : IValidateOptions<CacheOptions>
{
    public ValidateOptionsResult Validate(string? name, CacheOptions options)
    {
        var failures = new List<string>();
        if (options.MaxEntries is < 1 or > 10_000_000)
        {
            failures.Add($"{CacheOptions.SectionName}:MaxEntries must be between 1 and 10000000, not {options.MaxEntries}.");
        }

        if (options.Ttl <= TimeSpan.Zero)
        {
            failures.Add($"{CacheOptions.SectionName}:Ttl must be positive, e.g. 01:00:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
