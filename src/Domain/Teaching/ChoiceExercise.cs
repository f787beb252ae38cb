using System.Globalization;
using TutorBot.Domain.Common;

namespace TutorBot.Domain.Teaching;

/// <summary>A multiple-choice question: answered by an option's number (1-based, as shown to the student) or its text.</summary>
public sealed class ChoiceExercise : Exercise
{
    public const int MinOptions = 2;
    public const int MaxOptions = 8;

    private readonly string[] _normalizedOptions;

    public ChoiceExercise(string id, string prompt, int points, string? hint, string explanation, IReadOnlyList<string> options, int correctOption)
        : base(id, prompt, points, hint, explanation)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Count is < MinOptions or > MaxOptions)
        {
            throw new DomainException($"Exercise '{id}' must have {MinOptions} to {MaxOptions} options, not {options.Count}.");
        }

        _normalizedOptions = new string[options.Count];
        for (var i = 0; i < options.Count; i++)
        {
            var normalized = options[i] is null ? string.Empty : TextAnswer.Normalize(options[i]);
            if (normalized.Length == 0)
            {
                throw new DomainException($"Exercise '{id}': option {i + 1} is blank.");
            }

            var same = Array.IndexOf(_normalizedOptions, normalized, 0, i);
            if (same >= 0)
            {
                throw new DomainException($"Exercise '{id}': options {same + 1} and {i + 1} are the same answer ('{options[i]}').");
            }

            _normalizedOptions[i] = normalized;
        }

        if (correctOption < 0 || correctOption >= options.Count)
        {
            throw new DomainException($"Exercise '{id}': the correct option must be one of its {options.Count} options (0 to {options.Count - 1}), not {correctOption}.");
        }

        Options = options.ToArray().AsReadOnly();
        CorrectOption = correctOption;
        UnreadableProblem = $"Answer with the number of an option, 1 to {options.Count}.";
    }

    public IReadOnlyList<string> Options { get; }

    /// <summary>The 0-based index of the correct option in <see cref="Options"/>.</summary>
    public int CorrectOption { get; }

    public override ExerciseKind Kind => ExerciseKind.Choice;

    public override string CorrectAnswer => Options[CorrectOption];

    private string UnreadableProblem { get; }

    /// <summary>
    /// An option's number wins over an option's text: options are shown and sent by number, so "2" always means the second option,
    /// even when another option's text is "2".
    /// </summary>
    public override AnswerCheck Check(string answer)
    {
        var chosen = FindOption(answer);
        return chosen < 0 ? AnswerCheck.Unreadable(UnreadableProblem) : AnswerCheck.CorrectIf(chosen == CorrectOption);
    }

    /// <summary>The 0-based option an answer designates, or -1 if it designates none.</summary>
    public int FindOption(string answer)
    {
        if (answer is null)
        {
            return -1;
        }

        var normalized = TextAnswer.Normalize(answer);
        if (int.TryParse(normalized, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= Options.Count)
        {
            return number - 1;
        }

        return Array.IndexOf(_normalizedOptions, normalized);
    }
}
