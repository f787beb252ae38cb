using System.Reflection;

namespace TutorBot.Host.Tests.Architecture;

/// <summary>References point inward only: Host → Infrastructure → Application → Domain (SPEC §1).</summary>
public sealed class LayerTests
{
    private static readonly Assembly Domain = typeof(TutorBot.Domain.Students.Student).Assembly;
    private static readonly Assembly Application = typeof(TutorBot.Application.DependencyInjection).Assembly;
    private static readonly Assembly Infrastructure = typeof(TutorBot.Infrastructure.DependencyInjection).Assembly;
    private static readonly Assembly HostAssembly = typeof(TutorBot.Host.DependencyInjection).Assembly;

    private static string[] References(Assembly assembly) =>
        [.. assembly.GetReferencedAssemblies().Select(a => a.Name!)];

    [Test]
    public void Domain_ReferencesNoneOfOurProjectsAndNoPackages()
    {
        var references = References(Domain);

        Assert.That(references.Where(r => r.StartsWith("TutorBot", StringComparison.Ordinal)), Is.Empty);
        Assert.That(references, Has.All.Matches<string>(r => r.StartsWith("System", StringComparison.Ordinal) || r == "netstandard"),
            "the domain depends on the base library only");
    }

    [Test]
    public void Application_ReferencesDomainButNotInfrastructureOrHost()
    {
        var references = References(Application);

        Assert.That(references, Does.Contain(Domain.GetName().Name));
        Assert.That(references, Does.Not.Contain(Infrastructure.GetName().Name));
        Assert.That(references, Does.Not.Contain(HostAssembly.GetName().Name));
    }

    [Test]
    public void Infrastructure_DoesNotReferenceHost()
    {
        Assert.That(References(Infrastructure), Does.Not.Contain(HostAssembly.GetName().Name));
    }

    [Test]
    public void OnlyHost_MayReferenceTelegramBot()
    {
        foreach (var assembly in new[] { Domain, Application, Infrastructure })
        {
            Assert.That(References(assembly), Has.None.StartsWith("Telegram"), assembly.GetName().Name);
        }
    }

    [Test]
    public void HostAssembly_IsTheTutorbotExecutable()
    {
        Assert.That(HostAssembly.GetName().Name, Is.EqualTo("tutorbot"));
        Assert.That(HostAssembly.EntryPoint, Is.Not.Null);
    }
}
