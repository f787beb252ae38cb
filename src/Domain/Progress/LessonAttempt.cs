using TutorBot.Domain.Common;
using TutorBot.Domain.Teaching;

namespace TutorBot.Domain.Progress;

/// <summary>
/// One try at a lesson by one student: the exercises as they were when it began, the answers so far, and the grade
/// once every exercise is answered. A student has at most one open attempt (the lesson they are in); leaving keeps
/// the attempt, unfinished, to be resumed. Each answered exercise is recorded as an <see cref="ExerciseResult"/> of
/// its own; the attempt keeps the running totals, so answering and grading never need to read those records.
/// </summary>
public sealed class LessonAttempt
{
    // The exercise ids when the attempt began: a course edited meanwhile cannot reorder or renumber this attempt.
    private List<string> _exerciseIds = [];

    private LessonAttempt()
    {
        LessonId = string.Empty;
    }

    public long Id { get; private set; }

    public long StudentId { get; private set; }

    public string LessonId { get; private set; }

    /// <summary>1 for the student's first attempt at the lesson, 2 for the retake after it, and so on.</summary>
    public int Number { get; private set; }

    public IReadOnlyList<string> ExerciseIds => _exerciseIds;

    /// <summary>Index in <see cref="ExerciseIds"/> of the open exercise; equal to their count once all are answered.</summary>
    public int Position { get; private set; }

    /// <summary>The lesson the student is in now: their messages are answers to it.</summary>
    public bool IsOpen { get; private set; }

    /// <summary>Wrong answers so far to the open exercise.</summary>
    public int WrongTries { get; private set; }

    /// <summary>Whether the open exercise's hint was shown.</summary>
    public bool HintUsed { get; private set; }

    public DateTime StartedAtUtc { get; private set; }

    public DateTime? GradedAtUtc { get; private set; }

    /// <summary>Exercises answered so far (right, or wrong for the last time).</summary>
    public int Answered { get; private set; }

    /// <summary>Points earned so far; the score once graded.</summary>
    public decimal Earned { get; private set; }

    /// <summary>Points the answered exercises were worth.</summary>
    public decimal Possible { get; private set; }

    public decimal? Percentage { get; private set; }

    public LetterGrade? Letter { get; private set; }

    public bool? Passed { get; private set; }

    public bool IsFinished => Position >= _exerciseIds.Count;

    public bool IsGraded => GradedAtUtc is not null;

    /// <summary>The open exercise's id; null once every exercise is answered.</summary>
    public string? OpenExerciseId => IsFinished ? null : _exerciseIds[Position];

    public static LessonAttempt Start(long studentId, Lesson lesson, int number, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(lesson);
        if (number < 1)
        {
            throw new DomainException($"An attempt number starts at 1, not {number}.");
        }

        return new LessonAttempt
        {
            StudentId = studentId,
            LessonId = lesson.Id,
            Number = number,
            _exerciseIds = [.. lesson.Exercises.Select(e => e.Id)],
            IsOpen = true,
            StartedAtUtc = Time.RequireUtc(nowUtc),
        };
    }

    /// <summary>Makes this the student's current lesson again.</summary>
    public void Reopen()
    {
        RequireUngraded();
        IsOpen = true;
    }

    /// <summary>Leaves the lesson; everything answered so far is kept.</summary>
    public void Leave() => IsOpen = false;

    /// <summary>
    /// Moves past exercises that are no longer in the lesson (the course was edited since the attempt began): they
    /// are neither answered nor counted in the grade, and what was answered before stays as it was.
    /// </summary>
    public void SkipRemovedExercises(Lesson lesson)
    {
        ArgumentNullException.ThrowIfNull(lesson);
        while (!IsFinished && lesson.FindExercise(_exerciseIds[Position]) is null)
        {
            MoveOn();
        }
    }

    /// <summary>Records that the hint was shown; the exercise's points drop by the hint cost if it is then answered right.</summary>
    public void UseHint()
    {
        RequireOpenExercise();
        HintUsed = true;
    }

    /// <summary>
    /// Counts a checked answer to the open exercise: right earns its points (less a hint, less a retry); the first
    /// wrong answer allows one more try; the second ends the exercise with nothing; an unreadable answer counts nothing.
    /// An answer that ends the exercise comes back with its <see cref="AnswerStep.Result"/>, to be stored.
    /// </summary>
    public AnswerStep Answer(Exercise exercise, AnswerVerdict verdict, ScoringRules rules, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(rules);
        RequireOpenExercise();
        if (exercise.Id != OpenExerciseId)
        {
            throw new DomainException($"Exercise '{exercise.Id}' is not the open one ('{OpenExerciseId}').");
        }

        Time.RequireUtc(nowUtc);
        switch (verdict)
        {
            case AnswerVerdict.Unreadable:
                return new AnswerStep(verdict, Over: false, Earned: 0, Result: null);
            case AnswerVerdict.Wrong when WrongTries + 1 < ScoringRules.MaxTries:
                WrongTries++;
                return new AnswerStep(verdict, Over: false, Earned: 0, Result: null);
            case AnswerVerdict.Correct or AnswerVerdict.Wrong:
                var tries = WrongTries + 1;
                var correct = verdict == AnswerVerdict.Correct;
                var earned = rules.PointsFor(exercise.Points, HintUsed, tries, correct);
                var result = new ExerciseResult(Id, exercise.Id, correct, tries, HintUsed, earned, exercise.Points, nowUtc);
                Answered++;
                Earned += earned;
                Possible += exercise.Points;
                MoveOn();
                return new AnswerStep(verdict, Over: true, earned, result);
            default:
                throw new DomainException($"Unknown answer verdict: {verdict}.");
        }
    }

    /// <summary>Grades the finished attempt and closes it; refused while an exercise is still open, or twice.</summary>
    public LessonGrade Grade(GradeScale scale, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(scale);
        RequireUngraded();
        if (!IsFinished)
        {
            throw new DomainException($"The lesson is not finished: {_exerciseIds.Count - Position} exercise(s) still to answer.");
        }

        if (Possible == 0)
        {
            throw new DomainException("Nothing in this attempt can be graded: its exercises were all removed from the course.");
        }

        var grade = scale.Grade(Earned, Possible);
        GradedAtUtc = Time.RequireUtc(nowUtc);
        Percentage = grade.Percentage;
        Letter = grade.Letter;
        Passed = grade.Passed;
        IsOpen = false;
        return grade;
    }

    private void MoveOn()
    {
        Position++;
        WrongTries = 0;
        HintUsed = false;
    }

    private void RequireUngraded()
    {
        if (IsGraded)
        {
            throw new DomainException("This attempt is already graded.");
        }
    }

    private void RequireOpenExercise()
    {
        RequireUngraded();
        if (IsFinished)
        {
            throw new DomainException("Every exercise of this lesson is answered.");
        }
    }
}

/// <param name="Over">The exercise is done (answered right, or wrong for the last time): the next one is open.</param>
/// <param name="Result">How the exercise ended, when it is <paramref name="Over"/>.</param>
public sealed record AnswerStep(AnswerVerdict Verdict, bool Over, decimal Earned, ExerciseResult? Result);
