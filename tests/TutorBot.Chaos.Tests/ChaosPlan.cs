using TutorBot.Infrastructure.Curriculum;

namespace TutorBot.Chaos.Tests;

/// <summary>The students of one chaos run and the order their updates are offered in.</summary>
internal sealed class ChaosPlan
{
    /// <summary>Lesson students' chats, far above the question students' (1…N), so the two never mix.</summary>
    private const long FirstLessonChat = 1_000_001;

    private ChaosPlan(IReadOnlyList<QuestionStudent> askers, IReadOnlyList<LessonStudent> learners)
    {
        Askers = askers;
        Learners = learners;
        Students = [.. askers, .. learners];

        // Round after round every student sends their next update, so each student's updates spread over the run.
        var rounds = Students.Max(s => s.Updates.Count);
        Updates = [.. Enumerable.Range(0, rounds).SelectMany(r => Students.Where(s => r < s.Updates.Count).Select(s => s.Updates[r]))];
    }

    public IReadOnlyList<QuestionStudent> Askers { get; }

    public IReadOnlyList<LessonStudent> Learners { get; }

    public IReadOnlyList<IChaosStudent> Students { get; }

    public IReadOnlyList<PlannedUpdate> Updates { get; }

    public static ChaosPlan Create(int askers, int questionsEach, int learners, Random random)
    {
        var lesson = CourseLoader.Load(Path.Combine(AppContext.BaseDirectory, "Curriculum")).Lessons[0];
        return new ChaosPlan(
            [.. Enumerable.Range(1, askers).Select(i => new QuestionStudent(i, questionsEach))],
            [.. Enumerable.Range(0, learners).Select(i => new LessonStudent(FirstLessonChat + i, lesson, random))]);
    }
}
