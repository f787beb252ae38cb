using System.Globalization;
using TutorBot.Domain.Teaching;

namespace TutorBot.Chaos.Tests;

/// <summary>
/// A student who takes the first lesson: <c>/lesson 1</c>, then an answer per exercise (a button press for a choice,
/// typed otherwise), some right at once, some right at the second try, some wrong twice; some stop before the end.
/// Sent all in a row: each chat is handled in order, so each answer meets the exercise it was meant for.
/// </summary>
internal sealed class LessonStudent : IChaosStudent
{
    public const string LessonCommand = "/lesson 1";

    private static readonly string[] WrongCandidates = ["987", "98.7", "987/1000", "98.7%", "banana"];

    public LessonStudent(long chatId, Lesson lesson, Random random)
    {
        ArgumentNullException.ThrowIfNull(lesson);
        ArgumentNullException.ThrowIfNull(random);
        ChatId = chatId;
        LessonId = lesson.Id;

        // Most finish the lesson; the others leave it open after a few exercises.
        var count = random.Next(3) == 0 ? random.Next(1, lesson.Exercises.Count) : lesson.Exercises.Count;
        var updates = new List<PlannedUpdate> { new(chatId, IsButton: false, LessonCommand) };
        var conversation = new List<string>();
        var results = new List<ExpectedAnswer>();
        foreach (var exercise in lesson.Exercises.Take(count))
        {
            var roll = random.Next(100);
            var tries = roll < 60 ? new[] { true } : roll < 85 ? [false, true] : [false, false];
            for (var i = 0; i < tries.Length; i++)
            {
                var (update, stored) = Answer(exercise, tries[i], i + 1);
                updates.Add(update);
                conversation.Add(ChaosDatabase.UserLine("answer", stored));
            }

            results.Add(new ExpectedAnswer(exercise.Id, tries[^1], tries.Length, exercise.Points));
        }

        Updates = updates;
        ExpectedConversation = conversation;
        ExpectedAnswers = results;
        Finishes = count == lesson.Exercises.Count;
    }

    public long ChatId { get; }

    public string LessonId { get; }

    public IReadOnlyList<PlannedUpdate> Updates { get; }

    public IReadOnlyList<string> ExpectedConversation { get; }

    /// <summary>The LessonAnswers rows the attempt must have, in order.</summary>
    public IReadOnlyList<ExpectedAnswer> ExpectedAnswers { get; }

    /// <summary>Every exercise answered: the attempt is graded and closed; else it stays open.</summary>
    public bool Finishes { get; }

    /// <returns>The update, and the answer's text as the conversation keeps it (a button's option label).</returns>
    private (PlannedUpdate Update, string Stored) Answer(Exercise exercise, bool right, int @try)
    {
        if (exercise is ChoiceExercise choice)
        {
            var option = right ? choice.CorrectOption + 1 : choice.CorrectOption == 0 ? 2 : 1;
            var data = string.Create(CultureInfo.InvariantCulture, $"/answer {choice.Id} {option} {@try}");
            return (new PlannedUpdate(ChatId, IsButton: true, data), choice.Options[option - 1]);
        }

        var text = right ? exercise.CorrectAnswer : WrongCandidates.First(c => exercise.Check(c).Verdict == AnswerVerdict.Wrong);
        return (new PlannedUpdate(ChatId, IsButton: false, text), text);
    }
}

/// <summary>One LessonAnswers row as the script expects it.</summary>
internal sealed record ExpectedAnswer(string ExerciseId, bool Correct, int Tries, int Possible);
