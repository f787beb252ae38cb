namespace TutorBot.PerfReport;

/// <summary>The repository is found from the working directory (where <c>dotnet run</c> was typed), then from the tool's own folder.</summary>
internal static class RepositoryRoot
{
    public static string? Find() => FindFrom(Directory.GetCurrentDirectory()) ?? FindFrom(AppContext.BaseDirectory);

    private static string? FindFrom(string start)
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
