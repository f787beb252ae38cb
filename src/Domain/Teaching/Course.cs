using TutorBot.Domain.Common;

namespace TutorBot.Domain.Teaching;

/// <summary>
/// A course: lessons in the order students take them. Lesson numbers are 1-based positions in <see cref="Lessons"/>.
/// Checks across lessons (duplicate ids, unknown prerequisites, cycles) belong to the course loader, which can name the file at fault.
/// </summary>
public sealed class Course
{
    public Course(string title, IReadOnlyList<Lesson> lessons)
    {
        ArgumentNullException.ThrowIfNull(lessons);
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainException("A course needs a title.");
        }

        if (lessons.Count == 0)
        {
            throw new DomainException($"Course '{title}' has no lessons.");
        }

        if (lessons.Any(l => l is null))
        {
            throw new DomainException($"Course '{title}' has a missing lesson.");
        }

        Title = title;
        Lessons = lessons.ToArray().AsReadOnly();
    }

    public string Title { get; }

    public IReadOnlyList<Lesson> Lessons { get; }

    public Lesson? FindLesson(string id) => Lessons.FirstOrDefault(l => string.Equals(l.Id, id, StringComparison.Ordinal));

    /// <summary>The lesson at a 1-based position, or null when there is none.</summary>
    public Lesson? LessonNumber(int number) => number >= 1 && number <= Lessons.Count ? Lessons[number - 1] : null;
}
