using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Conversations;

namespace TutorBot.Infrastructure.Caching;

public static class CacheServices
{
    /// <summary>
    /// The store behind <see cref="ResponseCachingChatClient"/> (a singleton, reported as <c>model-responses</c>);
    /// wrap a model with <c>new ResponseCachingChatClient(model, services.GetRequiredService&lt;ResponseCacheStore&gt;())</c>.
    /// </summary>
    public static IServiceCollection AddResponseCache(this IServiceCollection services)
    {
        services.TryAddSingleton<ResponseCacheStore>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReportedCache, ResponseCacheStore>(sp => sp.GetRequiredService<ResponseCacheStore>()));
        AddFigures(services);
        return services;
    }

    /// <summary>The <c>GetContext</c> cache (reported as <c>context</c>) and <see cref="ICacheFigures"/> over every cache.</summary>
    public static IServiceCollection AddCaches(this IServiceCollection services)
    {
        services.TryAddSingleton<ContextCache>();
        services.TryAddSingleton<IContextCache>(sp => sp.GetRequiredService<ContextCache>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReportedCache, ContextCache>(sp => sp.GetRequiredService<ContextCache>()));
        AddFigures(services);
        return services;
    }

    private static void AddFigures(IServiceCollection services) => services.TryAddSingleton<ICacheFigures, CacheFigures>();
}
