namespace TutorBot.PerfReport.Tests;

/// <summary>The small JSON samples in Fixtures/, copied beside the tests.</summary>
internal static class Fixture
{
    public static string Folder => Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures");

    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder, name));
}
