using TutorBot.Domain.Teaching;
using TutorBot.Infrastructure.Curriculum;
using TutorBot.Infrastructure.Tutoring.Offline;

namespace TutorBot.Infrastructure.Tests.Tutoring.Offline;

/// <summary>The course the bot ships (src/Host/Curriculum), loaded as the bot loads it, and one search index over it.</summary>
internal static class ShippedCourse
{
    public static readonly Course Course = CourseLoader.Load(FindFolder());

    // Built once: the index is read-only after construction, which is what lets the tests share it.
    public static readonly CourseSearch Search = new(Course);

    /// <summary>The 1-based number of a lesson, as /lesson takes it.</summary>
    public static int Number(string lessonId) =>
        Course.Lessons.Select((lesson, i) => (lesson.Id, Number: i + 1)).Single(l => l.Id == lessonId).Number;

    // This project does not reference the host, so the course is not copied beside the tests: find it in the source tree.
    private static string FindFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "src", "Host", "Curriculum");
            if (File.Exists(Path.Combine(candidate, CourseLoader.CourseFileName)))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No src/Host/Curriculum above {AppContext.BaseDirectory}.");
    }
}
