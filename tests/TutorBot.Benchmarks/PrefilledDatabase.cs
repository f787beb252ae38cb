using Microsoft.Data.Sqlite;
using TutorBot.Testing;

namespace TutorBot.Benchmarks;

/// <summary>
/// A database file holding <see cref="Messages"/> messages across <see cref="Students"/> students, built once per
/// machine and copied for each benchmark so that every run starts from the same state.
/// </summary>
internal static class PrefilledDatabase
{
    public const int Students = 10_000;
    public const int MessagesPerStudent = 100;
    public const int Messages = Students * MessagesPerStudent;

    private static readonly string Template = Path.Combine(Path.GetTempPath(), "tutorbot-bench", $"prefilled-{Messages}.db");

    /// <summary>A fresh copy of the template in a new test database.</summary>
    public static async Task<TestDatabase> CopyAsync()
    {
        if (!File.Exists(Template))
        {
            await BuildTemplateAsync();
        }

        var database = TestDatabase.Create();
        File.Copy(Template, database.FilePath);
        return database;
    }

    private static async Task BuildTemplateAsync()
    {
        Console.WriteLine($"// Building the {Messages:N0}-message template at {Template} (once per machine)...");
        using var scratch = TestDatabase.Create();

        // The schema comes from the real migrations.
        await using (await PipelineHost.StartAsync(scratch))
        {
        }

        using (var connection = scratch.Open())
        {
            using var transaction = connection.BeginTransaction();
            var now = DateTime.UtcNow.AddDays(-30);
            Execute(connection, transaction, "INSERT INTO Students (Id, DisplayName, CreatedAtUtc, LastSeenAtUtc, LastMessageSequence) VALUES ($id, $name, $t, $t, $n)",
                command =>
                {
                    for (var id = 1; id <= Students; id++)
                    {
                        command.Parameters["$id"].Value = id;
                        command.Parameters["$name"].Value = $"Student {id}";
                        command.Parameters["$t"].Value = now;
                        command.Parameters["$n"].Value = MessagesPerStudent;
                        command.ExecuteNonQuery();
                    }
                },
                "$id", "$name", "$t", "$n");

            // Sequence-major order interleaves students, as real traffic does: one student's rows are spread
            // over the whole table, not packed together.
            Execute(connection, transaction, "INSERT INTO ConversationMessages (StudentId, Sequence, Role, Intent, Text, CreatedAtUtc) VALUES ($s, $q, $r, $i, $text, $t)",
                command =>
                {
                    for (var sequence = 1; sequence <= MessagesPerStudent; sequence++)
                    {
                        for (var student = 1; student <= Students; student++)
                        {
                            var fromStudent = sequence % 2 == 1;
                            command.Parameters["$s"].Value = student;
                            command.Parameters["$q"].Value = sequence;
                            command.Parameters["$r"].Value = fromStudent ? "user" : "assistant";
                            command.Parameters["$i"].Value = fromStudent ? "chat" : DBNull.Value;
                            command.Parameters["$text"].Value = Sample.Text(sequence);
                            command.Parameters["$t"].Value = now.AddSeconds(sequence);
                            command.ExecuteNonQuery();
                        }
                    }
                },
                "$s", "$q", "$r", "$i", "$text", "$t");
            transaction.Commit();
        }

        SqliteConnection.ClearAllPools();
        Directory.CreateDirectory(Path.GetDirectoryName(Template)!);
        File.Copy(scratch.FilePath, Template + ".partial", overwrite: true);
        File.Move(Template + ".partial", Template, overwrite: true);
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql, Action<SqliteCommand> fill, params string[] parameters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        fill(command);
    }
}
