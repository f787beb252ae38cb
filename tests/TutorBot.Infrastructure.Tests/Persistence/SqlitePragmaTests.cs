using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Infrastructure.Persistence;
using TutorBot.Testing;

namespace TutorBot.Infrastructure.Tests.Persistence;

/// <summary>WAL is a property of the file; the other pragmas must be set on every connection EF Core opens.</summary>
public sealed class SqlitePragmaTests : DatabaseTest
{
    [Test]
    public async Task Initialize_SwitchesTheFileToWal()
    {
        await using var host = await PipelineHost.StartAsync(Database);

        // A plain connection that never went through the application's setup.
        Assert.That(Database.Column("PRAGMA journal_mode").Single(), Is.EqualTo("wal"));
    }

    [Test]
    public async Task ContextConnection_HasNormalSynchronousBusyTimeoutAndForeignKeys()
    {
        var settings = new Dictionary<string, string?> { ["Database:Timeout"] = "00:00:03" };
        await using var host = await PipelineHost.StartAsync(Database, settings);

        var pragmas = await host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<TutorBotDbContext>();
            await db.Database.OpenConnectionAsync();
            try
            {
                var connection = db.Database.GetDbConnection();
                var values = new Dictionary<string, long>(StringComparer.Ordinal);
                foreach (var pragma in new[] { "synchronous", "busy_timeout", "foreign_keys" })
                {
                    await using var command = connection.CreateCommand();
                    command.CommandText = $"PRAGMA {pragma}";
                    values[pragma] = Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
                }

                return values;
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(pragmas["synchronous"], Is.EqualTo(1), "NORMAL");
            Assert.That(pragmas["busy_timeout"], Is.EqualTo(3000), "Database:Timeout in milliseconds");
            Assert.That(pragmas["foreign_keys"], Is.EqualTo(1));
        }
    }
}
