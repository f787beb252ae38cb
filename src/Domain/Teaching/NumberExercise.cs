using System.Globalization;
using System.Numerics;
using TutorBot.Domain.Common;

namespace TutorBot.Domain.Teaching;

/// <summary>A numeric answer, right when within <see cref="Tolerance"/> of <see cref="Answer"/>, written in one of the allowed forms.</summary>
public sealed class NumberExercise : Exercise
{
    private const NumberForms AllForms = NumberForms.Decimal | NumberForms.Fraction | NumberForms.Percent;

    public NumberExercise(string id, string prompt, int points, string? hint, string explanation, decimal answer, decimal tolerance, NumberForms forms)
        : base(id, prompt, points, hint, explanation)
    {
        if (tolerance < 0)
        {
            throw new DomainException($"Exercise '{id}': the tolerance cannot be negative ({tolerance.ToString(CultureInfo.InvariantCulture)}).");
        }

        if (forms == 0)
        {
            throw new DomainException($"Exercise '{id}' must allow at least one number form (decimal, fraction or percent).");
        }

        if ((forms & ~AllForms) != 0)
        {
            throw new DomainException($"Exercise '{id}' allows an unknown number form ({(int)forms}).");
        }

        Answer = answer;
        Tolerance = tolerance;
        Forms = forms;
        UnreadableProblem = DescribeForms(forms);
    }

    public decimal Answer { get; }

    public decimal Tolerance { get; }

    public NumberForms Forms { get; }

    public override ExerciseKind Kind => ExerciseKind.Number;

    /// <summary>
    /// The answer in a form the exercise accepts, so that typing it back is graded correct: a plain decimal without
    /// trailing zeros ("0.75") when decimals are allowed, else a percentage ("75%"), else a reduced fraction ("3/4").
    /// </summary>
    public override string CorrectAnswer =>
        Forms.HasFlag(NumberForms.Decimal) ? Plain(Answer)
        : Forms.HasFlag(NumberForms.Percent) ? Plain(Answer * 100) + "%"
        : Fraction(Answer);

    private string UnreadableProblem { get; }

    public override AnswerCheck Check(string answer)
    {
        if (!NumericAnswer.TryParse(answer, Forms, out var value))
        {
            return AnswerCheck.Unreadable(UnreadableProblem);
        }

        // Both sides lie within ±7.9e28, so the difference can overflow only for absurd answers, which are simply wrong.
        bool withinTolerance;
        try
        {
            withinTolerance = Math.Abs(value - Answer) <= Tolerance;
        }
        catch (OverflowException)
        {
            withinTolerance = false;
        }

        return AnswerCheck.CorrectIf(withinTolerance);
    }

    private static string Plain(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>A decimal is exactly its digits over a power of ten; reduced, 0.75 is 3/4 and 2 is 2/1.</summary>
    private static string Fraction(decimal value)
    {
        var scale = value.Scale;
        var shift = 1m;
        for (var i = 0; i < scale; i++)
        {
            shift *= 10;
        }

        var numerator = new BigInteger(value * shift);
        var denominator = BigInteger.Pow(10, scale);
        var divisor = BigInteger.GreatestCommonDivisor(numerator, denominator);

        // Always with a denominator, even 2/1: a fraction-only exercise does not read a bare whole number.
        return string.Create(CultureInfo.InvariantCulture, $"{numerator / divisor}/{denominator / divisor}");
    }

    /// <summary>"Answer with a number, like 0.5, 1/2 or 50%." listing only the allowed forms.</summary>
    private static string DescribeForms(NumberForms forms)
    {
        var examples = new List<string>(3);
        if (forms.HasFlag(NumberForms.Decimal))
        {
            examples.Add("0.5");
        }

        if (forms.HasFlag(NumberForms.Fraction))
        {
            examples.Add("1/2");
        }

        if (forms.HasFlag(NumberForms.Percent))
        {
            examples.Add("50%");
        }

        var what = forms switch
        {
            NumberForms.Fraction => "a fraction",
            NumberForms.Percent => "a percentage",
            NumberForms.Fraction | NumberForms.Percent => "a fraction or a percentage",
            _ => "a number",
        };

        var like = examples.Count == 1 ? examples[0] : string.Join(", ", examples[..^1]) + " or " + examples[^1];
        return $"Answer with {what}, like {like}.";
    }
}
