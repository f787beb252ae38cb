using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Infrastructure.Caching;
using TutorBot.Infrastructure.Curriculum;
using TutorBot.Infrastructure.Persistence;
using TutorBot.Infrastructure.Tutoring;

namespace TutorBot.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        // First, so a bad course stops the start before the database is touched.
        services.AddCurriculum(configuration);
        services.AddTutoring();

        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.SectionName))
            .Configure(options => options.ConnectionString =
                configuration.GetConnectionString(DatabaseOptions.ConnectionStringName) ?? DatabaseOptions.DefaultConnectionString)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidation>();

        services.AddSingleton<SqliteConnectionSetup>();
        services.AddSingleton<SqliteWriteGate>();
        services.AddDbContextPool<TutorBotDbContext>((sp, options) => options
            .UseSqlite(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.BuildConnectionString())
            .AddInterceptors(sp.GetRequiredService<SqliteConnectionSetup>())
            // A migration that rebuilds a SQLite table turns foreign keys off for it, outside the migration's
            // transaction; EF Core warns about that on every fresh database. Migrations run once at start, before
            // anything else opens the file (DatabaseInitializer), so it stays in the debug log.
            .ConfigureWarnings(w => w.Log((RelationalEventId.NonTransactionalMigrationOperationWarning, LogLevel.Debug))));
        services.AddScoped<ITutorBotDbContext>(sp => sp.GetRequiredService<TutorBotDbContext>());
        services.AddScoped<IDatabaseTransactions, SqliteTransactions>();
        services.AddCaches();

        services.AddSingleton<DatabaseInitializer>();
        services.AddHostedService<DatabaseInitializerService>();
        return services;
    }
}
