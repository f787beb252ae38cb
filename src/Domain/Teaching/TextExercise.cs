using TutorBot.Domain.Common;

namespace TutorBot.Domain.Teaching;

/// <summary>A short free-text answer, compared after <see cref="TextAnswer.Normalize"/> with the answer and its accepted alternatives.</summary>
public sealed class TextExercise : Exercise
{
    private const string BlankProblem = "Answer with a word or a short phrase.";

    private readonly HashSet<string> _accepted;

    public TextExercise(string id, string prompt, int points, string? hint, string explanation, string answer, IReadOnlyList<string> alternatives)
        : base(id, prompt, points, hint, explanation)
    {
        ArgumentNullException.ThrowIfNull(alternatives);
        if (answer is null || TextAnswer.Normalize(answer).Length == 0)
        {
            throw new DomainException($"Exercise '{id}' needs an answer.");
        }

        _accepted = new HashSet<string>(StringComparer.Ordinal) { TextAnswer.Normalize(answer) };
        for (var i = 0; i < alternatives.Count; i++)
        {
            if (alternatives[i] is null || TextAnswer.Normalize(alternatives[i]).Length == 0)
            {
                throw new DomainException($"Exercise '{id}': accepted alternative {i + 1} is blank.");
            }

            _accepted.Add(TextAnswer.Normalize(alternatives[i]));
        }

        Answer = answer;
        Alternatives = alternatives.ToArray().AsReadOnly();
    }

    public string Answer { get; }

    public IReadOnlyList<string> Alternatives { get; }

    public override ExerciseKind Kind => ExerciseKind.Text;

    public override string CorrectAnswer => Answer;

    public override AnswerCheck Check(string answer)
    {
        var normalized = answer is null ? string.Empty : TextAnswer.Normalize(answer);
        return normalized.Length == 0 ? AnswerCheck.Unreadable(BlankProblem) : AnswerCheck.CorrectIf(_accepted.Contains(normalized));
    }
}
