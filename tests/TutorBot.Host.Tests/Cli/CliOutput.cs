using System.Text.Json;

namespace TutorBot.Host.Tests.Cli;

/// <summary>Reading what an admin command printed: its one JSON document, or a line of its table.</summary>
internal static class CliOutput
{
    /// <summary>--json promises one JSON document on stdout and nothing else, anywhere.</summary>
    public static JsonDocument SingleJsonDocument(CliResult result)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.Error);
            Assert.That(result.Error, Is.Empty);
        }

        // JsonDocument refuses anything after the first value.
        return JsonDocument.Parse(result.Out);
    }

    /// <summary>The first line containing <paramref name="label"/>; failing the test, with the whole text, when there is none.</summary>
    public static string Line(string text, string label) =>
        text.Split('\n').FirstOrDefault(line => line.Contains(label, StringComparison.Ordinal))
        ?? throw new AssertionException($"No line with '{label}' in:\n{text}");
}
