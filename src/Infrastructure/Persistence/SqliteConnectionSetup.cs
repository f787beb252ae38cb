using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using SQLitePCL;

namespace TutorBot.Infrastructure.Persistence;

/// <summary>
/// Sets the per-connection pragmas (ADR-003). They live as long as the native connection, which
/// Microsoft.Data.Sqlite pools, so each native connection is set up once rather than at every open.
/// </summary>
internal sealed class SqliteConnectionSetup(IOptions<DatabaseOptions> options) : DbConnectionInterceptor
{
    private readonly ConditionalWeakTable<sqlite3, object> _prepared = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Prepare(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Prepare(connection);
        return Task.CompletedTask;
    }

    private string Pragmas =>
        $"""
        PRAGMA synchronous = NORMAL;
        PRAGMA busy_timeout = {(int)options.Value.Timeout.TotalMilliseconds};
        PRAGMA foreign_keys = ON;
        PRAGMA mmap_size = 268435456;
        PRAGMA cache_size = -16384;
        PRAGMA temp_store = MEMORY;
        """;

    private void Prepare(DbConnection connection)
    {
        var sqlite = (SqliteConnection)connection;
        if (sqlite.Handle is not { } handle || !_prepared.TryAdd(handle, handle))
        {
            return;
        }

        using var command = sqlite.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
