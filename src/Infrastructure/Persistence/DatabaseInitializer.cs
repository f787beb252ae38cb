using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TutorBot.Infrastructure.Persistence;

/// <summary>Creates the database file's folder, switches the file to WAL and applies pending migrations.</summary>
public sealed partial class DatabaseInitializer(
    IServiceScopeFactory scopes,
    IOptions<DatabaseOptions> options,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (options.Value.DatabaseFilePath() is { } path && Path.GetDirectoryName(path) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TutorBotDbContext>();

        // WAL is a property of the file: set once, before the first write, it stays.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);

        var pending = string.Join(", ", await db.Database.GetPendingMigrationsAsync(cancellationToken));
        if (pending.Length > 0)
        {
            LogMigrating(logger, pending);
            await db.Database.MigrateAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying database migrations: {Migrations}")]
    private static partial void LogMigrating(ILogger logger, string migrations);
}

/// <summary>Runs <see cref="DatabaseInitializer"/> when the host starts, before anything uses the database.</summary>
internal sealed class DatabaseInitializerService(DatabaseInitializer initializer) : Microsoft.Extensions.Hosting.IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => initializer.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
