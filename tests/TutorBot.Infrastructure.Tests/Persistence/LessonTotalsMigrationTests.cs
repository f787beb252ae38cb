using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using TutorBot.Infrastructure.Persistence;

namespace TutorBot.Infrastructure.Tests.Persistence;

/// <summary>Attempts stored before the running totals existed get them from their answers when the database is upgraded.</summary>
public sealed class LessonTotalsMigrationTests : DatabaseTest
{
    [Test]
    public async Task Upgrade_FillsEachAttemptsTotalsFromItsAnswers()
    {
        await using var db = new TutorBotDbContext(new DbContextOptionsBuilder<TutorBotDbContext>().UseSqlite(Database.ConnectionString).Options);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("20261129105830_Lessons");
        Execute(
            """
            INSERT INTO Students (Id, DisplayName, CreatedAtUtc, LastSeenAtUtc, LastMessageSequence) VALUES (1, 'Ada', '2026-01-01', '2026-01-01', 0);
            INSERT INTO LessonAttempts (Id, StudentId, LessonId, Number, Position, IsOpen, WrongTries, HintUsed, StartedAtUtc, ExerciseIds)
                VALUES (10, 1, 'fractions', 1, 2, 1, 0, 0, '2026-01-01', '["a","b","c"]');
            INSERT INTO LessonAttempts (Id, StudentId, LessonId, Number, Position, IsOpen, WrongTries, HintUsed, StartedAtUtc, ExerciseIds)
                VALUES (11, 1, 'decimals', 1, 0, 0, 0, 0, '2026-01-01', '["d"]');
            INSERT INTO LessonAnswers (AttemptId, ExerciseId, Correct, Tries, UsedHint, Earned, Possible, AnsweredAtUtc)
                VALUES (10, 'a', 1, 2, 0, '2.5', 5, '2026-01-01'), (10, 'b', 1, 1, 0, '10.0', 10, '2026-01-01');
            """);

        await migrator.MigrateAsync();

        var attempts = await db.Attempts.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That((attempts[0].Answered, attempts[0].Earned, attempts[0].Possible), Is.EqualTo((2, 12.5m, 15m)));
            Assert.That((attempts[1].Answered, attempts[1].Earned, attempts[1].Possible), Is.EqualTo((0, 0m, 0m)), "no answers yet");
            Assert.That((attempts[0].Position, attempts[0].IsOpen), Is.EqualTo((2, true)), "the rest of the row is kept");
        }
    }

    private void Execute(string sql)
    {
        using var connection = Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
