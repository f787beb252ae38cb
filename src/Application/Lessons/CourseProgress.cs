using TutorBot.Domain.Progress;
using TutorBot.Domain.Teaching;

namespace TutorBot.Application.Lessons;

/// <summary>One student's standing in the course, worked out from their attempts: what is passed, open, locked.</summary>
internal sealed class CourseProgress(Course course, IReadOnlyList<LessonAttempt> attempts)
{
    private readonly HashSet<string> _passed = [.. attempts.Where(a => a.Passed == true).Select(a => a.LessonId)];

    public Course Course => course;

    public IReadOnlyList<LessonAttempt> Attempts => attempts;

    public bool IsPassed(Lesson lesson) => _passed.Contains(lesson.Id);

    public IReadOnlyList<LessonRefDto> MissingPrerequisites(Lesson lesson) =>
        [.. lesson.Prerequisites.Where(id => !_passed.Contains(id)).Select(id => course.FindLesson(id)).OfType<Lesson>().Select(Ref)];

    public bool IsUnlocked(Lesson lesson) => MissingPrerequisites(lesson).Count == 0;

    public IEnumerable<LessonAttempt> AttemptsAt(Lesson lesson) => attempts.Where(a => a.LessonId == lesson.Id);

    public LessonAttempt? Best(Lesson lesson) =>
        AttemptsAt(lesson).Where(a => a.IsGraded).OrderByDescending(a => a.Percentage).ThenBy(a => a.Number).FirstOrDefault();

    public LessonState StateOf(Lesson lesson) =>
        IsPassed(lesson) ? LessonState.Passed
        : AttemptsAt(lesson).Any(a => !a.IsGraded) ? LessonState.InProgress
        : !IsUnlocked(lesson) ? LessonState.Locked
        : AttemptsAt(lesson).Any() ? LessonState.Failed
        : LessonState.Available;

    public LessonStatusDto Status(Lesson lesson)
    {
        var best = Best(lesson);
        return new LessonStatusDto(Ref(lesson), StateOf(lesson), AttemptsAt(lesson).Count(), best?.Percentage, best?.Letter, MissingPrerequisites(lesson));
    }

    /// <summary>The first lesson, in course order, that is unlocked and not yet passed.</summary>
    public Lesson? NextLesson() => course.Lessons.FirstOrDefault(l => !IsPassed(l) && IsUnlocked(l));

    public LessonRefDto Ref(Lesson lesson) => LessonRef(course, lesson);

    public static LessonRefDto LessonRef(Course course, Lesson lesson) =>
        new(IndexOf(course, lesson) + 1, lesson.Id, lesson.Title);

    /// <summary>The open exercise as the student sees it; null once every exercise is answered.</summary>
    public static ExerciseDto? OpenExercise(LessonAttempt attempt, Lesson lesson)
    {
        if (attempt.OpenExerciseId is not { } id || lesson.FindExercise(id) is not { } exercise)
        {
            return null;
        }

        var options = exercise is ChoiceExercise choice ? choice.Options : [];
        return new ExerciseDto(
            exercise.Id, attempt.Position + 1, attempt.ExerciseIds.Count, exercise.Kind, exercise.Prompt, options, exercise.Points,
            exercise.Hint is not null, attempt.HintUsed, attempt.WrongTries > 0);
    }

    private static int IndexOf(Course course, Lesson lesson)
    {
        for (var i = 0; i < course.Lessons.Count; i++)
        {
            if (course.Lessons[i].Id == lesson.Id)
            {
                return i;
            }
        }

        return -1;
    }
}
