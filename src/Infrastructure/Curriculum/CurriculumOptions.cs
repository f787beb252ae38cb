namespace TutorBot.Infrastructure.Curriculum;

/// <summary>The <c>Curriculum</c> section: where the course folder is.</summary>
public sealed class CurriculumOptions
{
    public const string SectionName = "Curriculum";

    /// <summary>The shipped course, copied beside the executable whatever the working directory.</summary>
    public static readonly string DefaultPath = System.IO.Path.Combine(AppContext.BaseDirectory, "Curriculum");

    /// <summary>The course folder; a relative path is relative to the working directory, like the database file.</summary>
    public string Path { get; set; } = DefaultPath;

    public string FullPath() => System.IO.Path.GetFullPath(Path);
}
