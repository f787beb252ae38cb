using System.Runtime.InteropServices;

namespace TutorBot.Chaos.Tests;

/// <summary>The production artefact, tutorbot.dll, and the dotnet host that runs it.</summary>
internal static class BotLocation
{
    private const string BotDll = "tutorbot.dll";

    /// <summary>
    /// The ProjectReference to src/Host builds the bot and copies it here with its runtimeconfig.json, deps.json and
    /// the shipped course, so <c>dotnet tutorbot.dll</c> runs from this folder exactly as from its own.
    /// </summary>
    public static string FindBotDll()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, BotDll);
        return File.Exists(dll) && File.Exists(Path.ChangeExtension(dll, ".runtimeconfig.json")) && File.Exists(Path.ChangeExtension(dll, ".deps.json"))
            ? dll
            : throw new FileNotFoundException($"{BotDll} with its runtimeconfig.json and deps.json is not in {AppContext.BaseDirectory}; build this project.");
    }

    /// <summary>The dotnet that runs the tests, so the bot gets the same runtime; "dotnet" from PATH as a last resort.</summary>
    public static string FindDotnet()
    {
        var executable = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
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
}
