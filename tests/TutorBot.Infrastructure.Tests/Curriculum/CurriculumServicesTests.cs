using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TutorBot.Domain.Teaching;
using TutorBot.Infrastructure.Curriculum;

namespace TutorBot.Infrastructure.Tests.Curriculum;

public sealed class CurriculumServicesTests
{
    private CourseFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = CourseFolder.Create();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    [Test]
    public void Course_IsLoadedFromCurriculumPath_OnceForTheWholeApplication()
    {
        using var services = Services(_folder.Path);

        var course = services.GetRequiredService<Course>();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(course.Title, Is.EqualTo("Sample course"));
            Assert.That(services.GetRequiredService<Course>(), Is.SameAs(course));
        }
    }

    [Test]
    public void Course_WhenItIsBad_FailsOnFirstUseNotWhenServicesAreBuilt()
    {
        _folder.Delete("course.yaml");
        using var services = Services(_folder.Path);

        Assert.DoesNotThrow(() => services.GetRequiredService<IStartupValidator>().Validate());
        Assert.That(() => services.GetRequiredService<Course>(), Throws.TypeOf<CurriculumException>());
    }

    [Test]
    public async Task StartCheck_WhenTheCourseIsBad_StopsTheStartWithTheFileAndProblem()
    {
        _folder.Edit("02-decimals.yaml", "    answer: 0.5\n", "");
        using var services = Services(_folder.Path);
        var check = services.GetServices<IHostedService>().OfType<CurriculumCheck>().Single();

        var error = Assert.ThrowsAsync<CurriculumException>(() => check.StartAsync(CancellationToken.None))!;

        Assert.That(error.Message, Does.Contain("02-decimals.yaml: exercise \"half\" has no answer."));
        await check.StopAsync(CancellationToken.None);
    }

    [Test]
    public void StartCheck_RunsBeforeTheDatabaseIsMigrated()
    {
        using var services = Services(_folder.Path);

        Assert.That(services.GetServices<IHostedService>().First(), Is.TypeOf<CurriculumCheck>());
    }

    [Test]
    public void Options_WithNoSetting_PointAtTheCurriculumFolderBesideTheExecutable()
    {
        using var services = Services(path: null);

        Assert.That(services.GetRequiredService<IOptions<CurriculumOptions>>().Value.FullPath(),
            Is.EqualTo(Path.Combine(AppContext.BaseDirectory, "Curriculum")));
    }

    [Test]
    public void Options_WithARelativePath_AreRelativeToTheWorkingDirectory()
    {
        using var services = Services(Path.Combine("courses", "mine"));

        Assert.That(services.GetRequiredService<IOptions<CurriculumOptions>>().Value.FullPath(),
            Is.EqualTo(Path.Combine(Environment.CurrentDirectory, "courses", "mine")));
    }

    [Test]
    public void Options_WithABlankPath_FailTheStartNamingTheKey()
    {
        using var services = Services(" ");

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate())!;

        Assert.That(error.Failures, Has.Some.Contains("Curriculum:Path"));
    }

    private static ServiceProvider Services(string? path)
    {
        var settings = new Dictionary<string, string?>();
        if (path is not null)
        {
            settings["Curriculum:Path"] = path;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddInfrastructure(configuration).BuildServiceProvider();
    }
}
