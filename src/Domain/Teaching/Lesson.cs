using System.Text.RegularExpressions;
using TutorBot.Domain.Common;

namespace TutorBot.Domain.Teaching;

/// <summary>One lesson: an explanation, a worked example and exercises taken in order.</summary>
public sealed partial class Lesson
{
    public const int MaxIdLength = 40;

    public Lesson(string id, string title, string explanation, string example, IReadOnlyList<string> prerequisites, IReadOnlyList<Exercise> exercises)
    {
        ArgumentNullException.ThrowIfNull(prerequisites);
        ArgumentNullException.ThrowIfNull(exercises);
        if (!IsValidId(id))
        {
            throw new DomainException($"Lesson id '{id}' must be 1 to {MaxIdLength} lowercase letters, digits or hyphens.");
        }

        RequireText(id, title, "a title");
        RequireText(id, explanation, "an explanation");
        RequireText(id, example, "a worked example");

        for (var i = 0; i < prerequisites.Count; i++)
        {
            var prerequisite = prerequisites[i];
            if (!IsValidId(prerequisite))
            {
                throw new DomainException($"Lesson '{id}': prerequisite '{prerequisite}' is not a valid lesson id.");
            }

            if (prerequisite == id)
            {
                throw new DomainException($"Lesson '{id}' cannot be its own prerequisite.");
            }

            if (prerequisites.Take(i).Contains(prerequisite, StringComparer.Ordinal))
            {
                throw new DomainException($"Lesson '{id}' lists prerequisite '{prerequisite}' twice.");
            }
        }

        if (exercises.Count == 0)
        {
            throw new DomainException($"Lesson '{id}' has no exercises.");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var exercise in exercises)
        {
            if (exercise is null)
            {
                throw new DomainException($"Lesson '{id}' has a missing exercise.");
            }

            if (!ids.Add(exercise.Id))
            {
                throw new DomainException($"Lesson '{id}' has two exercises with the id '{exercise.Id}'.");
            }
        }

        Id = id;
        Title = title;
        Explanation = explanation;
        Example = example;
        Prerequisites = prerequisites.ToArray().AsReadOnly();
        Exercises = exercises.ToArray().AsReadOnly();
        PossiblePoints = exercises.Sum(e => e.Points);
    }

    public string Id { get; }

    public string Title { get; }

    public string Explanation { get; }

    public string Example { get; }

    /// <summary>Ids of the lessons that must be passed first; whether they exist is the course loader's check.</summary>
    public IReadOnlyList<string> Prerequisites { get; }

    public IReadOnlyList<Exercise> Exercises { get; }

    /// <summary>The sum of the exercises' points: the most a student can earn in this lesson.</summary>
    public int PossiblePoints { get; }

    public Exercise? FindExercise(string id) => Exercises.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.Ordinal));

    /// <summary>True for a lowercase slug of 1 to 40 characters: a–z, 0–9 and hyphens.</summary>
    public static bool IsValidId(string? id) => id is not null && IdPattern().IsMatch(id);

    private static void RequireText(string id, string? text, string what)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException($"Lesson '{id}' needs {what}.");
        }
    }

    // \z, not $: $ would also match before a final newline.
    [GeneratedRegex(@"^[a-z0-9-]{1,40}\z", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
