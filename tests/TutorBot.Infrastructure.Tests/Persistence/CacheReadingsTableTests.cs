using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using TutorBot.Domain.Diagnostics;
using TutorBot.Infrastructure.Persistence;

namespace TutorBot.Infrastructure.Tests.Persistence;

/// <summary>The CacheReadings migration, and how the published cache figures are stored and read back.</summary>
public sealed class CacheReadingsTableTests : DatabaseTest
{
    private static readonly DateTime Read = new(2026, 11, 29, 14, 3, 12, DateTimeKind.Utc);

    [Test]
    public async Task Upgrade_FromTheMigrationBefore_AddsAnEmptyTable_AndKeepsTheData()
    {
        await using var db = Context();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("20261129132838_TutorUsage");
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO Students (Id, DisplayName, CreatedAtUtc, LastSeenAtUtc, LastMessageSequence) VALUES (1, 'Ada', '2026-01-01', '2026-01-01', 0)");

        await migrator.MigrateAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Database.Scalar("SELECT COUNT(*) FROM CacheReadings"), Is.Zero);
            Assert.That(Database.Scalar("SELECT COUNT(*) FROM Students WHERE DisplayName = 'Ada'"), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Table_IsKeyedByTheCachesName()
    {
        await using var db = Context();
        await db.Database.MigrateAsync();
        var insert = $"INSERT INTO CacheReadings (Name, Hits, Misses, Evictions, Size, Capacity, ReadAtUtc) VALUES ('context', 0, 0, 0, 0, 1, '{Read:O}')";
        await db.Database.ExecuteSqlRawAsync(insert);

        var error = Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync(insert));

        Assert.That(error.Message, Does.Contain("UNIQUE constraint failed: CacheReadings.Name"));
    }

    [Test]
    public async Task Reading_IsReadBackWithEveryFigure_AndItsTimeInUtc()
    {
        await using (var db = Context())
        {
            await db.Database.MigrateAsync();
            db.CacheReadings.Add(CacheReading.Take("model-responses", long.MaxValue, 3, 2, 40, int.MaxValue, Read));
            await db.SaveChangesAsync();
        }

        await using var reader = Context();
        var reading = await reader.CacheReadings.AsNoTracking().SingleAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(
                (reading.Name, reading.Hits, reading.Misses, reading.Evictions, reading.Size, reading.Capacity, reading.ReadAtUtc),
                Is.EqualTo(("model-responses", long.MaxValue, 3L, 2L, 40, int.MaxValue, Read)));
            Assert.That(reading.ReadAtUtc.Kind, Is.EqualTo(DateTimeKind.Utc));
        }
    }

    private TutorBotDbContext Context() =>
        new(new DbContextOptionsBuilder<TutorBotDbContext>().UseSqlite(Database.ConnectionString).Options);
}
