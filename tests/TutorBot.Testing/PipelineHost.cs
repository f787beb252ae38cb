using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Application;
using TutorBot.Infrastructure;
using TutorBot.Infrastructure.Persistence;

namespace TutorBot.Testing;

/// <summary>
/// The real Application and Infrastructure wiring against a real SQLite file: requests go through the whole
/// MediatR pipeline, exactly as the bot sends them, one DI scope per request.
/// </summary>
public sealed class PipelineHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private PipelineHost(ServiceProvider services) => _services = services;

    public IServiceProvider Services => _services;

    /// <param name="settings">Configuration on top of the database's connection string, e.g. <c>Limits:MaxMessagesPerStudent</c>.</param>
    /// <param name="configure">Last word on the services: fake clocks, failure injection.</param>
    public static async Task<PipelineHost> StartAsync(
        TestDatabase database,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:TutorBot"] = database.ConnectionString })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();

        var services = new ServiceCollection()
            .AddLogging()
            .AddApplication(configuration)
            .AddInfrastructure(configuration);
        configure?.Invoke(services);

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        return new PipelineHost(provider);
    }

    public async Task<T> SendAsync<T>(IRequest<T> request, CancellationToken cancellationToken = default)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, cancellationToken);
    }

    /// <summary>Runs work against one scope's services, e.g. to read the database through EF Core.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
