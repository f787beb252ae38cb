using TutorBot.Domain.Common;
using TutorBot.Domain.Teaching;

namespace TutorBot.Infrastructure.Curriculum;

/// <summary>Turns one lesson file into a domain lesson, or reports every problem it has on its own.</summary>
/// <remarks>Checks that need the other lessons (ids, prerequisites) are <see cref="PrerequisiteChecks"/>' job.</remarks>
internal static class LessonReader
{
    public static Lesson? Read(LessonFile file, FileProblems problems)
    {
        var before = problems.Count;
        Require(file.Id, "id", problems);
        Require(file.Title, "title", problems);
        Require(file.Explanation, "explanation", problems);
        Require(file.Example, "example (one worked example)", problems);

        var prerequisites = file.Prerequisites ?? [];
        for (var i = 0; i < prerequisites.Count; i++)
        {
            if (ExerciseReader.IsBlank(prerequisites[i]))
            {
                problems.Add($"prerequisite number {i + 1} is blank.");
            }
        }

        foreach (var twice in prerequisites.Where(p => !ExerciseReader.IsBlank(p)).GroupBy(p => p).Where(g => g.Count() > 1))
        {
            problems.Add($"prerequisite \"{twice.Key}\" is listed {twice.Count()} times.");
        }

        var exercises = ReadExercises(file, problems);
        if (problems.Count > before)
        {
            return null;
        }

        try
        {
            return new Lesson(file.Id!, file.Title!, file.Explanation!, file.Example!, prerequisites.ConvertAll(p => p!), exercises);
        }
        catch (DomainException e)
        {
            problems.Add(e.Message);
            return null;
        }
    }

    private static List<Exercise> ReadExercises(LessonFile file, FileProblems problems)
    {
        var entries = file.Exercises ?? [];
        if (entries.Count == 0)
        {
            problems.Add("the lesson has no exercises; add at least one under \"exercises:\".");
            return [];
        }

        foreach (var twice in entries.Where(e => !ExerciseReader.IsBlank(e.Id)).GroupBy(e => e.Id).Where(g => g.Count() > 1))
        {
            problems.Add($"exercise id \"{twice.Key}\" is used by {twice.Count()} exercises; ids must be unique within a lesson.");
        }

        var exercises = new List<Exercise>();
        for (var i = 0; i < entries.Count; i++)
        {
            if (ExerciseReader.Read(entries[i], i + 1, problems) is { } exercise)
            {
                exercises.Add(exercise);
            }
        }

        return exercises;
    }

    private static void Require(string? value, string field, FileProblems problems)
    {
        if (ExerciseReader.IsBlank(value))
        {
            problems.Add($"the lesson has no {field}.");
        }
    }
}
