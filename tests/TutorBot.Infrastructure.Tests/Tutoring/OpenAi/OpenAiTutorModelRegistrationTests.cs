using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Application.Tutoring;

namespace TutorBot.Infrastructure.Tests.Tutoring.OpenAi;

public sealed class OpenAiTutorModelRegistrationTests
{
    [Test]
    public async Task Model_IsOneKeyedSingleton_AndNoUnkeyedChatClientIsRegistered()
    {
        await using var host = await OpenAiModelHost.StartAsync();

        var first = host.Model;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(host.Services.GetRequiredKeyedService<IChatClient>(TutorModels.OpenAI), Is.SameAs(first));
            Assert.That(host.Services.GetService<IChatClient>(), Is.Null);
        }
    }

    [Test]
    public async Task Model_WhenTheProviderIsOffline_CannotBeResolved_AndSaysWhy()
    {
        await using var host = await OpenAiModelHost.StartAsync(provider: AiProvider.Offline);

        Assert.That(() => host.Model, Throws.InvalidOperationException.With.Message.Contains("Ai:Provider OpenAI"));
    }
}
