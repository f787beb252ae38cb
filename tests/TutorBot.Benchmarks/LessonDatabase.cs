using Microsoft.Extensions.DependencyInjection;
using TutorBot.Domain.Teaching;
using TutorBot.Testing;

namespace TutorBot.Benchmarks;

/// <summary>The pipeline on a database with a course made for measuring: lessons as long as real ones, grades that come quickly.</summary>
internal static class LessonDatabase
{
    /// <summary>A lesson of 10 choice exercises, a little longer than any lesson of the shipped course (8 or 9).</summary>
    public const int LongLesson = 1;

    /// <summary>A lesson of one number exercise.</summary>
    public const int ShortLesson = 2;

    public static Task<PipelineHost> StartAsync(TestDatabase database) =>
        PipelineHost.StartAsync(database, configure: services => services.AddSingleton(Course()));

    private static Course Course() => new("Benchmark course",
    [
        new Lesson("long", "Long lesson", "Text.", "Example.", [],
            [.. Enumerable.Range(1, 10).Select(i => new ChoiceExercise($"e{i}", "Which is 6/8?", 10, "Halve both.", "6/8 = 3/4.", ["3/4", "2/3", "6/4"], 0))]),
        new Lesson("short", "Short lesson", "Text.", "Example.", [],
            [new NumberExercise("n", "1/2 + 1/4?", 10, null, "3/4.", 0.75m, 0, NumberForms.Decimal | NumberForms.Fraction)]),
    ]);
}
