using TutorBot.PerfReport;

// dotnet run -c Release --project tools/TutorBot.PerfReport [-- --quick | --skip-load | --skip-benchmarks | --help]
var options = ReportOptions.Parse(args, out var error);
if (options is null)
{
    await Console.Error.WriteLineAsync(error);
    return 2;
}

if (options.Help)
{
    Console.WriteLine(ReportOptions.Usage);
    return 0;
}

var root = RepositoryRoot.Find();
if (root is null)
{
    await Console.Error.WriteLineAsync("Run this from the TutorBot repository (no TutorBot.sln in this folder or above it).");
    return 1;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

var progress = new Progress(Console.Error);
try
{
    await new ReportCommand(options, root, progress).RunAsync(cancellation.Token);
    progress.Step("Done.");
    return 0;
}
catch (ChildProcessFailedException e)
{
    progress.Step($"FAILED: {e.Message} Its last lines:");
    foreach (var line in e.LastLines)
    {
        await Console.Error.WriteLineAsync("    " + line);
    }

    await Console.Error.WriteLineAsync("docs/benchmarks.md and docs/benchmarks.json were not changed.");
    return 1;
}
catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
{
    progress.Step($"FAILED: {e.Message}");
    await Console.Error.WriteLineAsync("docs/benchmarks.md and docs/benchmarks.json were not changed.");
    return 1;
}
catch (OperationCanceledException)
{
    progress.Step("Cancelled: docs/benchmarks.md and docs/benchmarks.json were not changed.");
    return 1;
}
