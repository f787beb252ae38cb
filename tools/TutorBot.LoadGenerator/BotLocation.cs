using System.Runtime.InteropServices;

namespace TutorBot.LoadGenerator;

/// <summary>Where the production artefact is: tutorbot.dll and the dotnet host that runs it.</summary>
internal static class BotLocation
{
    private const string BotDll = "tutorbot.dll";

    /// <summary>
    /// The ProjectReference to src/Host builds the bot with this tool's configuration and copies it here with its
    /// runtimeconfig.json and deps.json, so <c>dotnet tutorbot.dll</c> runs from this folder exactly as from its own.
    /// A build that did not copy them falls back to src/Host's own output.
    /// </summary>
    public static string FindBotDll()
    {
        var candidates = new List<string> { AppContext.BaseDirectory };
        if (FindRepositoryRoot(AppContext.BaseDirectory) is { } root)
        {
            var hostBin = Path.Combine(root, "src", "Host", "bin");
            candidates.Add(Path.Combine(hostBin, "Release", "net10.0"));
            candidates.Add(Path.Combine(hostBin, "Debug", "net10.0"));
        }

        foreach (var folder in candidates)
        {
            var dll = Path.Combine(folder, BotDll);
            if (File.Exists(dll) && File.Exists(Path.ChangeExtension(dll, ".runtimeconfig.json")) && File.Exists(Path.ChangeExtension(dll, ".deps.json")))
            {
                return dll;
            }
        }

        throw new FileNotFoundException(
            $"{BotDll} with its runtimeconfig.json and deps.json was not found in {string.Join(" or ", candidates)}. " +
            "Build it: dotnet build -c Release src/Host");
    }

    /// <summary>The dotnet that runs this tool, so the bot gets the same runtime; "dotnet" from PATH as a last resort.</summary>
    public static string FindDotnet()
    {
        var executable = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (Path.GetFileName(Environment.ProcessPath) is { } self && self.Equals(executable, StringComparison.OrdinalIgnoreCase))
        {
            return Environment.ProcessPath!;
        }

        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath))
        {
            return hostPath;
        }

        // The shared runtime lives in <root>/shared/Microsoft.NETCore.App/<version>/; the host is <root>/dotnet.
        var runtime = new DirectoryInfo(RuntimeEnvironment.GetRuntimeDirectory());
        if (runtime.Parent?.Parent?.Parent is { } dotnetRoot && File.Exists(Path.Combine(dotnetRoot.FullName, executable)))
        {
            return Path.Combine(dotnetRoot.FullName, executable);
        }

        return executable;
    }

    private static string? FindRepositoryRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "TutorBot.sln")))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
