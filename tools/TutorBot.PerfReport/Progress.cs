using System.Diagnostics;

namespace TutorBot.PerfReport;

/// <summary>Progress on stderr, each line with the time since the command started.</summary>
internal sealed class Progress(TextWriter output)
{
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();

    public void Step(string text) => output.WriteLine($"[{Elapsed}] {text}");

    public void Detail(string text) => output.WriteLine($"           {text}");

    private string Elapsed => _elapsed.Elapsed.ToString(@"hh\:mm\:ss", System.Globalization.CultureInfo.InvariantCulture);
}
