using System.Globalization;
using TutorBot.Domain.Common;

namespace TutorBot.Domain.Teaching;

/// <summary>
/// What a hint and a retry cost. Points earned on one exercise = points × (1 − <paramref name="HintCost"/> if a hint was used)
/// × (<paramref name="RetryCredit"/> if right on the second try); wrong twice earns 0. Exact decimal arithmetic, never rounded.
/// </summary>
/// <param name="HintCost">The share of the points a hint takes away, 0 to 1.</param>
/// <param name="RetryCredit">The share of the points kept when right on the second try, 0 to 1.</param>
public sealed record ScoringRules(decimal HintCost = 0.5m, decimal RetryCredit = 0.5m)
{
    public const int MaxTries = 2;

    // Read-only (no init) so that a `with` expression cannot bypass the checks.
    public decimal HintCost { get; } = Share(nameof(HintCost), HintCost);

    public decimal RetryCredit { get; } = Share(nameof(RetryCredit), RetryCredit);

    /// <param name="points">The exercise's points, 1 to 100.</param>
    /// <param name="usedHint">Whether the student asked for the hint before answering correctly.</param>
    /// <param name="tries">1 if the final answer was the first, 2 if it was the retry.</param>
    /// <param name="correct">Whether the final answer was correct.</param>
    public decimal PointsFor(int points, bool usedHint, int tries, bool correct)
    {
        if (points is < Exercise.MinPoints or > Exercise.MaxPoints)
        {
            throw new DomainException($"An exercise is worth {Exercise.MinPoints} to {Exercise.MaxPoints} points, not {points}.");
        }

        if (tries is < 1 or > MaxTries)
        {
            throw new DomainException($"An exercise is answered in 1 or {MaxTries} tries, not {tries}.");
        }

        if (!correct)
        {
            return 0;
        }

        var earned = (decimal)points;
        if (usedHint)
        {
            earned *= 1 - HintCost;
        }

        if (tries == MaxTries)
        {
            earned *= RetryCredit;
        }

        return earned;
    }

    private static decimal Share(string name, decimal value) => value is >= 0 and <= 1
        ? value
        : throw new DomainException($"{name} must be between 0 and 1, not {value.ToString(CultureInfo.InvariantCulture)}.");
}
