using TutorBot.Domain.Teaching;
using TutorBot.Infrastructure.Curriculum;

namespace TutorBot.Infrastructure.Tests.Curriculum;

/// <summary>A course folder in a temp directory, starting as <see cref="SampleCourse"/>; deleted on dispose.</summary>
public sealed class CourseFolder : IDisposable
{
    private CourseFolder(string path) => Path = path;

    public string Path { get; }

    public static CourseFolder Create()
    {
        var folder = new CourseFolder(Directory.CreateTempSubdirectory("tutorbot-course-").FullName);
        folder.Write("course.yaml", SampleCourse.CourseFile);
        folder.Write("01-fractions.yaml", SampleCourse.Fractions);
        folder.Write("02-decimals.yaml", SampleCourse.Decimals);
        return folder;
    }

    public void Write(string file, string yaml) => File.WriteAllText(System.IO.Path.Combine(Path, file), yaml);

    /// <summary>Changes one piece of a file; fails if the piece is not there, so a test cannot silently test nothing.</summary>
    public void Edit(string file, string oldText, string newText)
    {
        var path = System.IO.Path.Combine(Path, file);
        var text = File.ReadAllText(path);
        if (!text.Contains(oldText, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{file} does not contain: {oldText}");
        }

        File.WriteAllText(path, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public void Delete(string file) => File.Delete(System.IO.Path.Combine(Path, file));

    public Course Load() => CourseLoader.Load(Path);

    /// <summary>The message of the exception a broken course throws.</summary>
    public string Problems() => Assert.Throws<CurriculumException>(() => Load())!.Message;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
