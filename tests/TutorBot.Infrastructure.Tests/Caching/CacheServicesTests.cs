using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Application;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Conversations;
using TutorBot.Infrastructure.Caching;

namespace TutorBot.Infrastructure.Tests.Caching;

public sealed class CacheServicesTests
{
    [Test]
    public async Task CacheFigures_ReportEveryRegisteredCacheByName_WithTheConfiguredBound()
    {
        await using var services = Build(services => services.AddCaches().AddResponseCache());

        var figures = services.GetRequiredService<ICacheFigures>().Snapshot();

        Assert.That(figures.Select(f => (f.Name, f.Capacity)), Is.EqualTo(new[] { ("context", 12), ("model-responses", 12) }));
    }

    [Test]
    public async Task CacheFigures_ReadTheLiveCaches()
    {
        await using var services = Build(services => services.AddResponseCache().AddCaches());
        var store = services.GetRequiredService<ResponseCacheStore>();
        var context = services.GetRequiredService<IContextCache>();

        store.TryGet("nothing yet", out _);
        context.TryGet(1, null, out _);
        context.TryGet(1, null, out _);

        var figures = services.GetRequiredService<ICacheFigures>().Snapshot().ToDictionary(f => f.Name, f => f.Misses);
        Assert.That(figures, Is.EqualTo(new Dictionary<string, long> { ["context"] = 2, ["model-responses"] = 1 }));
    }

    [Test]
    public async Task Registering_Twice_ReportsEachCacheOnce()
    {
        await using var services = Build(services => services.AddCaches().AddCaches().AddResponseCache().AddResponseCache());

        Assert.That(services.GetRequiredService<ICacheFigures>().Snapshot().Select(f => f.Name), Is.EqualTo(new[] { "context", "model-responses" }));
    }

    private static ServiceProvider Build(Action<IServiceCollection> caches)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Cache:MaxEntries"] = "12" })
            .Build();
        var services = new ServiceCollection().AddLogging().AddApplication(configuration);
        caches(services);
        return services.BuildServiceProvider();
    }
}
