using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TutorBot.Application.Common.Options;
using TutorBot.Domain.Teaching;

namespace TutorBot.Application.Tests.Unit;

public sealed class GradingOptionsTests
{
    [Test]
    public void EmptyConfiguration_GivesTheDocumentedDefaults()
    {
        using var services = ApplicationServices.Build();

        var rules = services.GetRequiredService<ScoringRules>();
        var scale = services.GetRequiredService<GradeScale>();

        Assert.That((rules.HintCost, rules.RetryCredit), Is.EqualTo((0.5m, 0.5m)));
        Assert.That((scale.A, scale.B, scale.C, scale.D, scale.PassMark), Is.EqualTo((90m, 80m, 70m, 60m, 60m)));
    }

    [Test]
    public void Settings_AreBound()
    {
        using var services = ApplicationServices.Build(new Dictionary<string, string?> { ["Grading:PassMark"] = "50", ["Grading:HintCost"] = "0.25" });

        Assert.That(services.GetRequiredService<GradeScale>().PassMark, Is.EqualTo(50m));
        Assert.That(services.GetRequiredService<ScoringRules>().HintCost, Is.EqualTo(0.25m));
    }

    [TestCase("Grading:HintCost", "2", "HintCost must be between 0 and 1")]
    [TestCase("Grading:B", "95", "Grade threshold B (95) cannot be above A (90).")]
    [TestCase("Grading:PassMark", "101", "PassMark must be between 0 and 100")]
    public void BadSetting_FailsValidation_NamingTheProblem(string key, string value, string problem)
    {
        using var services = ApplicationServices.Build(new Dictionary<string, string?> { [key] = value });

        var failure = Assert.Throws<OptionsValidationException>(() => _ = services.GetRequiredService<IOptions<GradingOptions>>().Value);

        Assert.That(failure.Message, Does.Contain("Grading: ").And.Contain(problem));
    }
}
