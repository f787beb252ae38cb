using TutorBot.Testing;

namespace TutorBot.Infrastructure.Tests.Persistence;

/// <summary>A fresh SQLite file for every test, deleted after it (after any derived tear-down has run).</summary>
public abstract class DatabaseTest
{
    protected TestDatabase Database { get; private set; } = null!;

    [SetUp]
    public void CreateDatabase() => Database = TestDatabase.Create();

    [TearDown]
    public void DeleteDatabase() => Database.Dispose();
}
