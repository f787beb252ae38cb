using Microsoft.Data.Sqlite;

namespace TutorBot.Benchmarks;

/// <summary>The raw baselines' connection: plain Microsoft.Data.Sqlite with the application's per-connection settings.</summary>
internal static class RawSqlite
{
    public static SqliteConnection Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var pragmas = connection.CreateCommand();

        // The same per-connection settings the application uses (ADR-003).
        pragmas.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA mmap_size = 268435456; PRAGMA cache_size = -16384;";
        pragmas.ExecuteNonQuery();
        return connection;
    }

    public static SqliteCommand Prepare(this SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }
}
