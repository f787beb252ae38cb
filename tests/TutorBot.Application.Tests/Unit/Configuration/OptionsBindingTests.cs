using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TutorBot.Application.Common.Options;
using TutorBot.Domain.Conversations;

namespace TutorBot.Application.Tests.Unit.Configuration;

/// <summary>Options bound from configuration the way <see cref="DependencyInjection.AddApplication"/> binds them.</summary>
public sealed class OptionsBindingTests
{
    [Test]
    public async Task EmptyConfiguration_GivesTheDefaults()
    {
        await using var provider = ApplicationServices.Build();

        var limits = provider.GetRequiredService<IOptions<LimitsOptions>>().Value;
        var diagnostics = provider.GetRequiredService<IOptions<DiagnosticsOptions>>().Value;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(provider.GetRequiredService<ConversationLimits>(), Is.EqualTo(ConversationLimits.Default));
            Assert.That(limits.MessagesPerMinute, Is.EqualTo(20));
            Assert.That(diagnostics.SlowRequestThreshold, Is.EqualTo(TimeSpan.FromMilliseconds(500)));
        }
    }

    [Test]
    public async Task Limits_AreBoundFromConfiguration()
    {
        await using var provider = ApplicationServices.Build(new Dictionary<string, string?>
        {
            ["Limits:MinMessageLength"] = "3",
            ["Limits:MaxMessageLength"] = "200",
            ["Limits:MaxMessagesPerStudent"] = "7",
            ["Limits:MessagesPerMinute"] = "5",
            ["Diagnostics:SlowRequestThreshold"] = "00:00:02",
        });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(provider.GetRequiredService<ConversationLimits>(), Is.EqualTo(new ConversationLimits(3, 200, 7)));
            Assert.That(provider.GetRequiredService<IOptions<LimitsOptions>>().Value.MessagesPerMinute, Is.EqualTo(5));
            Assert.That(provider.GetRequiredService<IOptions<DiagnosticsOptions>>().Value.SlowRequestThreshold, Is.EqualTo(TimeSpan.FromSeconds(2)));
        }
    }

    [TestCase("Limits:MinMessageLength", "6000")]
    [TestCase("Limits:MaxMessagesPerStudent", "0")]
    [TestCase("Limits:MessagesPerMinute", "0")]
    public async Task BadLimit_ThrowsOptionsValidationExceptionOnResolve(string key, string value)
    {
        await using var provider = ApplicationServices.Build(new Dictionary<string, string?> { [key] = value });

        Assert.That(() => provider.GetRequiredService<IOptions<LimitsOptions>>().Value,
            Throws.TypeOf<OptionsValidationException>().With.Message.Contains("Limits"));
        Assert.That(() => provider.GetRequiredService<ConversationLimits>(), Throws.TypeOf<OptionsValidationException>(),
            "the domain's limits are never built from options that failed validation");
    }

    [Test]
    public async Task BadLimit_FailsStartupValidation()
    {
        await using var provider = ApplicationServices.Build(new Dictionary<string, string?> { ["Limits:MaxMessageLength"] = "0" });

        Assert.That(() => provider.GetRequiredService<IStartupValidator>().Validate(), Throws.InstanceOf<OptionsValidationException>());
    }

    [Test]
    public async Task BadSlowRequestThreshold_ThrowsOptionsValidationExceptionOnResolve()
    {
        await using var provider = ApplicationServices.Build(new Dictionary<string, string?> { ["Diagnostics:SlowRequestThreshold"] = "00:00:00" });

        Assert.That(() => provider.GetRequiredService<IOptions<DiagnosticsOptions>>().Value,
            Throws.TypeOf<OptionsValidationException>().With.Message.Contains("Diagnostics:SlowRequestThreshold"));
    }
}
