using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TutorBot.Application.Lessons;
using TutorBot.Application.Tests.Functional.Support;
using TutorBot.Domain.Teaching;

namespace TutorBot.Application.Tests.Functional.Lessons;

/// <summary>
/// The pipeline on a fresh database with a small course built in code: lesson 1 "basics" (three exercises of 10
/// points, one per kind), lesson 2 "next" needing basics, lesson 3 "free" needing nothing.
/// </summary>
public abstract class LessonTest : PipelineTest
{
    protected const long Ann = 7;

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    protected static Course SmallCourse(params Exercise[] basics) => new("Small course",
    [
        new Lesson("basics", "Basics", "What to know.", "A worked example.", [], basics.Length > 0 ? basics : [Choice(), Text(), Number()]),
        new Lesson("next", "Next steps", "More to know.", "Another example.", ["basics"], [Number("n1", 0.5m)]),
        new Lesson("free", "Free lesson", "Anyone can take it.", "An example.", [], [Text("f1")]),
    ]);

    protected static ChoiceExercise Choice(string id = "c1") =>
        new(id, "Which is 6/8?", 10, "Divide by 2.", "6/8 = 3/4.", ["3/4", "2/3", "6/4"], 0);

    protected static TextExercise Text(string id = "t1") =>
        new(id, "The top of a fraction is the…?", 10, "Starts with n.", "It is the numerator.", "numerator", ["the numerator"]);

    protected static NumberExercise Number(string id = "n1", decimal answer = 0.75m) =>
        new(id, "1/2 + 1/4 = ?", 10, "Make quarters.", "2/4 + 1/4 = 3/4.", answer, 0, NumberForms.Decimal | NumberForms.Fraction | NumberForms.Percent);

    /// <param name="configure">More services after the course and the clock, e.g. an interceptor.</param>
    protected Task StartWithCourseAsync(Course? course = null, Action<IServiceCollection>? configure = null) =>
        StartAsync(configure: services =>
        {
            services.AddSingleton(course ?? SmallCourse());
            services.AddSingleton<TimeProvider>(Clock);
            configure?.Invoke(services);
        });

    /// <summary>Answers every open exercise of the lesson with the given answers, in order.</summary>
    protected async Task<List<AnswerResultDto>> AnswerAllAsync(long studentId, params string[] answers)
    {
        var results = new List<AnswerResultDto>();
        foreach (var answer in answers)
        {
            results.Add(await SendAsync(new SubmitAnswerCommand(studentId, answer)));
        }

        return results;
    }
}
