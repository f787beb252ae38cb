using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Domain.Students;
using TutorBot.Infrastructure.Persistence;
using TutorBot.Testing;

namespace TutorBot.Infrastructure.Tests.Persistence;

/// <summary>The schema comes from the migrations alone, applied on start to whatever file is configured.</summary>
public sealed class MigrationTests : DatabaseTest
{
    [Test]
    public async Task Initialize_OnEmptyFile_CreatesTheTables()
    {
        await using var host = await PipelineHost.StartAsync(Database);

        var tables = Names("SELECT name FROM sqlite_master WHERE type = 'table'");

        Assert.That(tables, Is.SupersetOf(new[] { "Students", "ConversationMessages", "__EFMigrationsHistory" }));
    }

    [Test]
    public async Task Initialize_OnEmptyFile_CreatesTheUniqueIndexOnStudentAndSequence()
    {
        await using var host = await PipelineHost.StartAsync(Database);

        var uniqueIndexes = Names("SELECT name FROM pragma_index_list('ConversationMessages') WHERE \"unique\" = 1");
        var index = uniqueIndexes.Single(name => name!.StartsWith("IX_", StringComparison.Ordinal));
        var columns = Names($"SELECT name FROM pragma_index_info('{index}') ORDER BY seqno");

        Assert.That(columns, Is.EqualTo(new[] { "StudentId", "Sequence" }));
    }

    [Test]
    public async Task Initialize_OnEmptyFile_RecordsEveryMigrationOfTheAssembly()
    {
        await using var host = await PipelineHost.StartAsync(Database);

        var known = await host.InScopeAsync(sp => Task.FromResult(Context(sp).Database.GetMigrations().ToList()));
        var applied = Names("SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId");

        Assert.That(known, Is.Not.Empty);
        Assert.That(applied, Is.EqualTo(known));
    }

    [Test]
    public async Task Model_HasNoChangesMissingFromTheMigrations()
    {
        await using var host = await PipelineHost.StartAsync(Database);

        var pending = await host.InScopeAsync(sp => Task.FromResult(Context(sp).Database.HasPendingModelChanges()));

        Assert.That(pending, Is.False, "run 'dotnet ef migrations add' for the model change");
    }

    [Test]
    public async Task Initialize_RunTwice_KeepsDataAndHistory()
    {
        await using var host = await PipelineHost.StartAsync(Database);
        await host.InScopeAsync(async sp =>
        {
            var db = Context(sp);
            db.Students.Add(Student.Register(3, "Ada", DateTime.UtcNow));
            return await db.SaveChangesAsync();
        });
        var historyBefore = Database.Scalar("SELECT COUNT(*) FROM __EFMigrationsHistory");

        await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Database.Scalar("SELECT COUNT(*) FROM Students WHERE Id = 3"), Is.EqualTo(1));
            Assert.That(Database.Scalar("SELECT COUNT(*) FROM __EFMigrationsHistory"), Is.EqualTo(historyBefore));
        }
    }

    [Test]
    public async Task Initialize_WhenTheFileIsInAMissingFolder_CreatesTheFolder()
    {
        var file = Path.Combine(Database.Folder, "not", "there", "yet", "bot.db");
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:TutorBot"] = $"Data Source={file}" };

        await using var host = await PipelineHost.StartAsync(Database, settings);

        Assert.That(File.Exists(file), Is.True);
    }

    private static TutorBotDbContext Context(IServiceProvider services) => services.GetRequiredService<TutorBotDbContext>();

    private List<string?> Names(string sql) => Database.Column(sql);
}
