namespace TutorBot.Infrastructure.Curriculum;

/// <summary>
/// A course that cannot be loaded. Every problem found is listed, one per line, each starting with the file it
/// is in (relative to the course folder), so a teacher can fix them all in one go.
/// </summary>
public sealed class CurriculumException(string folder, IReadOnlyList<string> problems)
    : Exception($"Cannot load the course in '{folder}':{Environment.NewLine}{string.Join(Environment.NewLine, problems)}")
{
    public string Folder { get; } = folder;

    public IReadOnlyList<string> Problems { get; } = problems;
}
