using Microsoft.Data.Sqlite;

namespace TutorBot.Testing;

/// <summary>A real SQLite file in a fresh temporary folder, deleted with its WAL files on dispose.</summary>
public sealed class TestDatabase : IDisposable
{
    private TestDatabase(string folder)
    {
        Folder = folder;
        FilePath = System.IO.Path.Combine(folder, "tutorbot.db");
        ConnectionString = $"Data Source={FilePath}";
    }

    public string Folder { get; }

    public string FilePath { get; }

    public string ConnectionString { get; }

    public static TestDatabase Create()
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tutorbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new TestDatabase(folder);
    }

    /// <summary>A plain connection to the same file, for checks that bypass the application.</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Runs a scalar query on a fresh connection.</summary>
    public long Scalar(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        // Pooled connections keep the file open; release them before deleting it.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a process that is shutting down: the temp folder is cleaned by the OS.
        }
    }
}
