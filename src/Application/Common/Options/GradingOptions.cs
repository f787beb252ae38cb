using Microsoft.Extensions.Options;
using TutorBot.Domain.Common;
using TutorBot.Domain.Teaching;

namespace TutorBot.Application.Common.Options;

/// <summary>The <c>Grading</c> configuration section: what hints and retries cost, letter thresholds and the pass mark (docs/grading.md).</summary>
public sealed class GradingOptions
{
    public const string SectionName = "Grading";

    public decimal HintCost { get; set; } = 0.5m;

    public decimal RetryCredit { get; set; } = 0.5m;

    public decimal PassMark { get; set; } = 60;

    public decimal A { get; set; } = 90;

    public decimal B { get; set; } = 80;

    public decimal C { get; set; } = 70;

    public decimal D { get; set; } = 60;

    /// <summary>The domain checks the rules; the options only carry them.</summary>
    public ScoringRules ToScoringRules() => new(HintCost, RetryCredit);

    public GradeScale ToGradeScale() => new(A, B, C, D, PassMark);
}

internal sealed class GradingOptionsValidation : IValidateOptions<GradingOptions>
{
    public ValidateOptionsResult Validate(string? name, GradingOptions options)
    {
        var problems = new List<string>();
        Check(problems, () => options.ToScoringRules());
        Check(problems, () => options.ToGradeScale());
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems.Select(p => $"Grading: {p}"));
    }

    private static void Check(List<string> problems, Func<object> build)
    {
        try
        {
            build();
        }
        catch (DomainException e)
        {
            problems.Add(e.Message);
        }
    }
}
