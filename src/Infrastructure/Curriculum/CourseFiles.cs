namespace TutorBot.Infrastructure.Curriculum;

// What the YAML files hold, before validation. Every scalar is read as text so that a wrong value (points: ten)
// becomes a plain-words problem in the list instead of a deserializer error that stops at the first one.

internal sealed class CourseFile
{
    public string? Title { get; set; }

    public List<string?>? Lessons { get; set; }
}

internal sealed class LessonFile
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public List<string?>? Prerequisites { get; set; }

    public string? Explanation { get; set; }

    public string? Example { get; set; }

    public List<ExerciseEntry>? Exercises { get; set; }
}

internal sealed class ExerciseEntry
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public string? Prompt { get; set; }

    public List<string?>? Options { get; set; }

    public string? Answer { get; set; }

    public List<string?>? Accept { get; set; }

    public string? Tolerance { get; set; }

    public List<string?>? Forms { get; set; }

    public string? Hint { get; set; }

    public string? Explanation { get; set; }

    public string? Points { get; set; }
}
