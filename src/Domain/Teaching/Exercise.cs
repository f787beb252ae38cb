using TutorBot.Domain.Common;

namespace TutorBot.Domain.Teaching;

/// <summary>One question of a lesson. Subclasses know how to check an answer; the base holds what every kind shares.</summary>
public abstract class Exercise
{
    public const int MinPoints = 1;
    public const int MaxPoints = 100;

    /// <summary>The points an exercise is worth when its course file does not say.</summary>
    public const int DefaultPoints = 10;

    protected Exercise(string id, string prompt, int points, string? hint, string explanation)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new DomainException("An exercise needs an id.");
        }

        if (string.IsNullOrWhiteSpace(prompt))
        {
            throw new DomainException($"Exercise '{id}' needs a prompt.");
        }

        if (points is < MinPoints or > MaxPoints)
        {
            throw new DomainException($"Exercise '{id}' must be worth {MinPoints} to {MaxPoints} points, not {points}.");
        }

        if (string.IsNullOrWhiteSpace(explanation))
        {
            throw new DomainException($"Exercise '{id}' needs an explanation.");
        }

        Id = id;
        Prompt = prompt;
        Points = points;

        // A blank hint in a course file means "no hint" rather than an empty one shown to the student.
        Hint = string.IsNullOrWhiteSpace(hint) ? null : hint;
        Explanation = explanation;
    }

    public string Id { get; }

    public string Prompt { get; }

    public int Points { get; }

    public string? Hint { get; }

    /// <summary>Why the correct answer is correct, shown after every answer.</summary>
    public string Explanation { get; }

    public abstract ExerciseKind Kind { get; }

    /// <summary>The correct answer as shown in feedback.</summary>
    public abstract string CorrectAnswer { get; }

    /// <summary>Checks a student's answer. Never throws for any text.</summary>
    public abstract AnswerCheck Check(string answer);
}
