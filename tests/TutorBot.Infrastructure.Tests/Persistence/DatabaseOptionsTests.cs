using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TutorBot.Infrastructure.Persistence;

namespace TutorBot.Infrastructure.Tests.Persistence;

public sealed class DatabaseOptionsTests
{
    [Test]
    public void Validation_WhenTimeoutIsABareNumber_NamesTheKey()
    {
        // TimeSpan reads "10" as ten days, not ten seconds.
        var error = Assert.Throws<OptionsValidationException>(() => ValidateOnStart(new() { ["Database:Timeout"] = "10" }));

        Assert.That(error.Failures, Has.Some.Contains("Database:Timeout"));
    }

    [TestCase("00:00:00")]
    [TestCase("-00:00:01")]
    public void Validation_WhenTimeoutIsNotPositive_NamesTheKey(string timeout)
    {
        var error = Assert.Throws<OptionsValidationException>(() => ValidateOnStart(new() { ["Database:Timeout"] = timeout }));

        Assert.That(error.Failures, Has.Some.Contains("Database:Timeout"));
    }

    [TestCase("this is not a connection string")]
    [TestCase("Data Source=a.db;Colour=blue")]
    public void Validation_WhenConnectionStringIsGarbage_NamesTheKey(string connectionString)
    {
        var error = Assert.Throws<OptionsValidationException>(
            () => ValidateOnStart(new() { ["ConnectionStrings:TutorBot"] = connectionString }));

        Assert.That(error.Failures, Has.Some.Contains("ConnectionStrings:TutorBot"));
    }

    [Test]
    public void Validation_WithNoSettings_AcceptsTheDefaults()
    {
        Assert.DoesNotThrow(() => ValidateOnStart([]));
    }

    [Test]
    public void Binding_WithNoConnectionString_UsesTheDefaultRelativeFile()
    {
        var options = Resolve([]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(options.ConnectionString, Is.EqualTo("Data Source=data/tutorbot.db"));
            Assert.That(options.Timeout, Is.EqualTo(TimeSpan.FromSeconds(10)));
        }
    }

    [Test]
    public void DatabaseFilePath_OfARelativeFile_IsUnderTheWorkingDirectory()
    {
        var options = new DatabaseOptions { ConnectionString = "Data Source=data/tutorbot.db" };

        Assert.That(options.DatabaseFilePath(), Is.EqualTo(Path.Combine(Environment.CurrentDirectory, "data", "tutorbot.db")));
    }

    [Test]
    public void DatabaseFilePath_OfAnAbsoluteFile_IsThatFile()
    {
        var file = Path.Combine(Path.GetTempPath(), "elsewhere", "bot.db");
        var options = new DatabaseOptions { ConnectionString = $"Data Source={file}" };

        Assert.That(options.DatabaseFilePath(), Is.EqualTo(file));
    }

    [TestCase("Data Source=:memory:")]
    [TestCase("Data Source=shared;Mode=Memory")]
    [TestCase("Data Source=")]
    public void DatabaseFilePath_OfAnInMemoryDatabase_IsNull(string connectionString)
    {
        var options = new DatabaseOptions { ConnectionString = connectionString };

        Assert.That(options.DatabaseFilePath(), Is.Null);
    }

    [Test]
    public void BuildConnectionString_PoolsAndRoundsTheTimeoutUpToWholeSeconds()
    {
        var options = new DatabaseOptions { ConnectionString = "Data Source=a.db", Timeout = TimeSpan.FromMilliseconds(2500) };

        var built = new SqliteConnectionStringBuilder(options.BuildConnectionString());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(built.DataSource, Is.EqualTo("a.db"));
            Assert.That(built.Pooling, Is.True);
            Assert.That(built.DefaultTimeout, Is.EqualTo(3));
        }
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddInfrastructure(configuration).BuildServiceProvider();
    }

    /// <summary>What the host does on start, thanks to ValidateOnStart.</summary>
    private static void ValidateOnStart(Dictionary<string, string?> settings)
    {
        using var services = Services(settings);
        services.GetRequiredService<IStartupValidator>().Validate();
    }

    private static DatabaseOptions Resolve(Dictionary<string, string?> settings)
    {
        using var services = Services(settings);
        return services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
    }
}
