using System.Globalization;
using TutorBot.Domain.Teaching;
using TutorBot.Infrastructure.Curriculum;

namespace TutorBot.Host.Tests.Lessons;

/// <summary>The course the bot ships, read from the files beside the tests, and answers to its exercises.</summary>
internal static class ShippedLessons
{
    private static readonly string[] WrongCandidates = ["987", "98.7", "987/1000", "98.7%", "banana"];

    public static Course Course { get; } = CourseLoader.Load(Path.Combine(AppContext.BaseDirectory, "Curriculum"));

    public static Lesson First => Course.Lessons[0];

    /// <summary>A right answer as a student types it: the option's number for a choice.</summary>
    public static string RightAnswer(Exercise exercise) => exercise is ChoiceExercise choice
        ? (choice.CorrectOption + 1).ToString(CultureInfo.InvariantCulture)
        : exercise.CorrectAnswer;

    /// <summary>A readable but wrong answer, checked against the exercise itself.</summary>
    public static string WrongAnswer(Exercise exercise) => exercise is ChoiceExercise choice
        ? (choice.CorrectOption == 0 ? "2" : "1")
        : WrongCandidates.First(candidate => exercise.Check(candidate).Verdict == AnswerVerdict.Wrong);
}
