using TutorBot.Application.Common.Messaging;
using TutorBot.Domain.Teaching;

namespace TutorBot.Application.Lessons;

// The lesson flow's requests and what they return. Handlers live beside them, one folder per request.

/// <summary>Every lesson of the course, in order, with this student's status in it.</summary>
public sealed record ListLessonsQuery(long StudentId) : IQuery<IReadOnlyList<LessonStatusDto>>;

/// <summary>
/// Starts lesson <paramref name="LessonNumber"/> (1-based), or resumes its unfinished attempt. A lesson still open
/// elsewhere is left, its progress kept. Refused for an unknown number (NotFound) and a locked lesson (Domain).
/// </summary>
public sealed record StartLessonCommand(long StudentId, int LessonNumber) : ICommand<LessonStepDto>;

/// <summary>
/// Answers the open exercise. <paramref name="ExerciseId"/> and <paramref name="Try"/> (1, or 2 for the retry) name the
/// exercise and try the answer was given for (buttons carry them): an answer for an exercise or try that is over (a
/// double tap) is refused and counts nothing. Null for typed answers. Refused when no exercise is open.
/// </summary>
public sealed record SubmitAnswerCommand(long StudentId, string Answer, string? ExerciseId = null, int? Try = null) : ICommand<AnswerResultDto>;

/// <summary>Shows the open exercise's hint; the first time, its points drop by the hint cost.</summary>
public sealed record GetHintCommand(long StudentId) : ICommand<HintDto>;

/// <summary>
/// Grades the student's open lesson once every exercise is answered, in one transaction: score, letter, pass/fail,
/// the attempt closed, best grade kept, newly unlocked lessons and the next one offered. Refused while unfinished.
/// </summary>
public sealed record GradeLessonCommand(long StudentId) : ICommand<LessonGradeDto>;

/// <summary>Leaves the open lesson; its progress is kept for /lesson N to resume. Refused when none is open.</summary>
public sealed record CancelLessonCommand(long StudentId) : ICommand<LessonRefDto>;

/// <summary>The student's lessons, attempts and grades.</summary>
public sealed record GetProgressQuery(long StudentId) : IQuery<ProgressDto>;

/// <summary>Per lesson, across all students: started, completed, pass rate, average grade, hardest exercise.</summary>
public sealed record GetLessonStatsQuery : IQuery<IReadOnlyList<LessonStatsDto>>;

/// <summary>The student's open exercise, or null: the router treats their messages as answers while there is one.</summary>
public sealed record GetOpenExerciseQuery(long StudentId) : IQuery<ExerciseDto?>;

public enum LessonState { Locked, Available, InProgress, Passed, Failed }

public sealed record LessonRefDto(int Number, string Id, string Title);

/// <param name="MissingPrerequisites">For a locked lesson, the lessons still to pass.</param>
public sealed record LessonStatusDto(
    LessonRefDto Lesson, LessonState State, int Attempts, decimal? BestPercentage, LetterGrade? BestLetter,
    IReadOnlyList<LessonRefDto> MissingPrerequisites);

/// <param name="Position">1-based position in the lesson.</param>
/// <param name="Options">Choice exercises' options in order (answer with the 1-based number or the text); else empty.</param>
public sealed record ExerciseDto(
    string Id, int Position, int Count, ExerciseKind Kind, string Prompt, IReadOnlyList<string> Options, int Points, bool HasHint,
    bool HintUsed, bool IsRetry);

/// <param name="Resumed">True when an unfinished attempt was picked up again.</param>
/// <param name="Exercise">The open exercise; null when every exercise is answered and the lesson awaits grading.</param>
public sealed record LessonStepDto(
    LessonRefDto Lesson, int AttemptNumber, bool Resumed, string Explanation, string Example, ExerciseDto? Exercise);

public enum AnswerOutcome
{
    /// <summary>Right.</summary>
    Correct,

    /// <summary>Wrong, and one more try is allowed for part of the points.</summary>
    TryAgain,

    /// <summary>Wrong for good; the right answer is shown.</summary>
    Wrong,

    /// <summary>Not an answer this exercise can read (e.g. a word for a number); nothing counted.</summary>
    Unreadable,
}

/// <param name="Problem">For Unreadable, what was expected.</param>
/// <param name="Explanation">Why the answer is right, once the exercise is over (Correct or Wrong).</param>
/// <param name="CorrectAnswer">Shown once the exercise is over.</param>
/// <param name="Next">The next exercise; null when the lesson is finished (then grade it) or the exercise goes on.</param>
/// <param name="LessonFinished">Every exercise is answered: the caller sends GradeLessonCommand next.</param>
public sealed record AnswerResultDto(
    AnswerOutcome Outcome, string? Problem, string? Explanation, string? CorrectAnswer, decimal PointsEarned, int PointsPossible,
    ExerciseDto? Next, bool LessonFinished);

/// <param name="PointsNow">What the exercise is worth after the hint.</param>
public sealed record HintDto(string Hint, int Points, decimal PointsNow);

/// <param name="IsBest">This attempt is the student's best in the lesson so far.</param>
/// <param name="Unlocked">Lessons this grade unlocked (their prerequisites are now all passed).</param>
/// <param name="NextLesson">The lesson offered next: the first available lesson not yet passed, if any.</param>
public sealed record LessonGradeDto(
    LessonRefDto Lesson, int AttemptNumber, decimal Earned, decimal Possible, decimal Percentage, LetterGrade Letter, bool Passed,
    decimal BestPercentage, LetterGrade BestLetter, bool IsBest, IReadOnlyList<LessonRefDto> Unlocked, LessonRefDto? NextLesson);

public sealed record AttemptDto(
    int Number, DateTime StartedAtUtc, DateTime? GradedAtUtc, int Answered, int Count, decimal? Percentage, LetterGrade? Letter, bool? Passed);

public sealed record LessonProgressDto(LessonStatusDto Status, IReadOnlyList<AttemptDto> Attempts);

/// <param name="AverageBestPercentage">Over the lessons with a graded attempt; null when none.</param>
public sealed record ProgressDto(
    long StudentId, string DisplayName, IReadOnlyList<LessonProgressDto> Lessons, int Passed, decimal? AverageBestPercentage,
    LessonRefDto? OpenLesson);

/// <param name="Started">Students who started the lesson.</param>
/// <param name="Completed">Students with a graded attempt.</param>
/// <param name="PassRate">Share of those with a graded attempt who passed it (best attempt), 0–1; null when none.</param>
/// <param name="AverageBestPercentage">Average of each student's best percentage; null when none.</param>
/// <param name="HardestExercise">The exercise answered right on the first try least often (at least one answer), with that share.</param>
public sealed record LessonStatsDto(
    LessonRefDto Lesson, int Started, int Completed, decimal? PassRate, decimal? AverageBestPercentage,
    string? HardestExercise, decimal? HardestFirstTryRate);
