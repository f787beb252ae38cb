using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.AI;
using NSubstitute;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Conversations;
using TutorBot.Application.Tutoring;
using TutorBot.Domain.Teaching;

namespace TutorBot.Application.Tests.Unit;

/// <summary>
/// The Application layer's real registrations, with substitutes at the persistence, cache and model ports so that nothing
/// needs a database, and a one-lesson course (Infrastructure loads the real one from files). The substitutes are
/// singletons: tests resolve them to check what was called.
/// </summary>
internal static class ApplicationServices
{
    public static ServiceProvider Build(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();

        var services = new ServiceCollection()
            .AddLogging()
            .AddApplication(configuration);
        services.AddSingleton(Substitute.For<ITutorBotDbContext>());
        services.AddSingleton(Substitute.For<IDatabaseTransactions>());
        services.AddSingleton(Substitute.For<IContextCache>());
        services.AddSingleton(Substitute.For<ICacheFigures>());
        services.AddSingleton(Substitute.For<IChatClient>());
        services.AddKeyedSingleton(TutorModels.Offline, Substitute.For<IChatClient>());
        services.AddSingleton(new Course("A course", [new Lesson("only", "Only", "Text.", "Example.", [],
            [new TextExercise("t", "Say yes.", 10, null, "Because.", "yes", [])])]));

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }
}
