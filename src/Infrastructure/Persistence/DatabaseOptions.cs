using Microsoft.Data.Sqlite;

namespace TutorBot.Infrastructure.Persistence;

/// <summary>The <c>Database</c> section and the <c>ConnectionStrings:TutorBot</c> connection string.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string ConnectionStringName = "TutorBot";
    public const string DefaultConnectionString = "Data Source=data/tutorbot.db";

    /// <summary>How long a writer waits for the database lock before giving up.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public string ConnectionString { get; set; } = DefaultConnectionString;

    /// <summary>
    /// The connection string as opened: pooled, and with Microsoft.Data.Sqlite's own retry loop capped by the
    /// same timeout as SQLite's busy handler.
    /// </summary>
    public string BuildConnectionString() =>
        new SqliteConnectionStringBuilder(ConnectionString)
        {
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling(Timeout.TotalSeconds),
        }.ToString();

    /// <summary>The database file's full path, or null for an in-memory database.</summary>
    public string? DatabaseFilePath()
    {
        var builder = new SqliteConnectionStringBuilder(ConnectionString);
        var inMemory = builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:";
        return inMemory ? null : Path.GetFullPath(builder.DataSource);
    }
}
