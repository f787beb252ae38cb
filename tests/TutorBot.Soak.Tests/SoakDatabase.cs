using System.Globalization;
using TutorBot.Testing;

namespace TutorBot.Soak.Tests;

/// <summary>Plain-SQL reads of the bot's file, beside the bot: row counts, sizes, and the account of answered updates.</summary>
internal sealed class SoakDatabase(TestDatabase database)
{
    private readonly HashSet<long> _answered = [];
    private readonly List<string> _unanswered = [];

    /// <summary>Updates seen processed with their replies stored (or joined into another update's handling).</summary>
    public int Answered => _answered.Count;

    /// <summary>Replies stored for the updates counted in <see cref="Answered"/>.</summary>
    public long Replies { get; private set; }

    public IReadOnlyList<string> Unanswered => _unanswered;

    public long Count(string table) => database.Scalar($"""SELECT COUNT(*) FROM "{table}" """);

    public long PendingUpdates => database.Scalar("""SELECT COUNT(*) FROM "InboxUpdates" WHERE "ProcessedAtUtc" IS NULL""");

    public long PendingMessages => database.Scalar("""SELECT COUNT(*) FROM "OutboxMessages" WHERE "SentAtUtc" IS NULL AND "FailedAtUtc" IS NULL""");

    public long FailedMessages => database.Scalar("""SELECT COUNT(*) FROM "OutboxMessages" WHERE "FailedAtUtc" IS NOT NULL""");

    /// <summary>The file and its write-ahead log, in bytes.</summary>
    public long FileBytes => Length(database.FilePath) + Length(database.FilePath + "-wal");

    /// <summary>
    /// Accounts for every processed update not seen before: handled with at least one reply stored (the replies are
    /// stored in the same transaction as the mark), or joined into another. Called before each purge, so no update
    /// leaves the inbox unaccounted for.
    /// </summary>
    public void AccountForProcessedUpdates()
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT i."UpdateId", i."Outcome", (SELECT COUNT(*) FROM "OutboxMessages" o WHERE o."UpdateId" = i."UpdateId")
            FROM "InboxUpdates" i WHERE i."ProcessedAtUtc" IS NOT NULL AND i."UpdateId" > 0
            """;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            if (_answered.Contains(id))
            {
                continue;
            }

            var outcome = reader.GetString(1);
            var replies = reader.GetInt64(2);
            if (outcome == "joined" || (outcome == "handled" && replies > 0))
            {
                _answered.Add(id);
                Replies += replies;
            }
            else
            {
                _unanswered.Add(string.Create(CultureInfo.InvariantCulture, $"update {id}: {outcome}, {replies} replies"));
            }
        }
    }

    /// <summary>Seeds a handled update 0 and sent replies from <paramref name="age"/> ago, as an earlier run would have left them.</summary>
    public void SeedOldDeliveries(TimeSpan age, int replies)
    {
        var old = (DateTime.UtcNow - age).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            INSERT INTO "InboxUpdates" ("UpdateId", "ChatId", "Payload", "ReceivedAtUtc", "ProcessedAtUtc", "Outcome")
            VALUES (0, 1, '{"{}"}', '{old}', '{old}', 'handled');
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {replies})
            INSERT INTO "OutboxMessages" ("ChatId", "UpdateId", "Text", "Format", "CreatedAtUtc", "SentAtUtc", "Attempts")
            SELECT 1, 0, 'seeded', 'plain', '{old}', '{old}', 1 FROM n;
            """;
        command.ExecuteNonQuery();
    }

    public long SeededMessages => database.Scalar("""SELECT COUNT(*) FROM "OutboxMessages" WHERE "Text" = 'seeded'""");

    private static long Length(string path) => File.Exists(path) ? new FileInfo(path).Length : 0;
}
