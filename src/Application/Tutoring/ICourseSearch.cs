namespace TutorBot.Application.Tutoring;

/// <summary>Full-text search over the course: what the offline tutor answers from.</summary>
public interface ICourseSearch
{
    /// <summary>The passages that match <paramref name="text"/> best, best first, at most <paramref name="limit"/>; empty when none does.</summary>
    IReadOnlyList<CoursePassage> Search(string text, int limit);
}

/// <summary>Where in a lesson a passage comes from.</summary>
public enum PassageKind
{
    Explanation,
    Example,
    Exercise,
}

/// <param name="ExerciseId">For <see cref="PassageKind.Exercise"/>: the exercise whose prompt and explanation this is.</param>
/// <param name="Score">Relevance, higher is better (the negated bm25 rank).</param>
public sealed record CoursePassage(string LessonId, PassageKind Kind, string? ExerciseId, string Text, double Score);
