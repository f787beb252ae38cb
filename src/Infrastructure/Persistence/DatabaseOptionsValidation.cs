using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace TutorBot.Infrastructure.Persistence;

internal sealed class DatabaseOptionsValidation : IValidateOptions<DatabaseOptions>
{
    // TimeSpan parses "10" as ten days: an upper bound turns that mistake into a clear error.
    private static readonly TimeSpan MaxTimeout = TimeSpan.FromMinutes(10);

    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        var failures = new List<string>();
        if (options.Timeout <= TimeSpan.Zero || options.Timeout > MaxTimeout)
        {
            failures.Add($"{DatabaseOptions.SectionName}:Timeout must be between 0 and 10 minutes, written like 00:00:10; it was {options.Timeout}.");
        }

        try
        {
            _ = new SqliteConnectionStringBuilder(options.ConnectionString);
        }
        catch (ArgumentException e)
        {
            failures.Add($"ConnectionStrings:{DatabaseOptions.ConnectionStringName} is not a valid SQLite connection string: {e.Message}");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
