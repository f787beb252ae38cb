using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TutorBot.Application.Tutoring;
using TutorBot.Infrastructure.Caching;
using TutorBot.Infrastructure.Tutoring.OpenAi;
using TutorBot.Infrastructure.Tutoring.Offline;

namespace TutorBot.Infrastructure.Tutoring;

internal static class TutoringServices
{
    /// <summary>
    /// The offline tutor (always: it answers when the model cannot) and the OpenAI-compatible model with its response
    /// cache; the unkeyed <see cref="IChatClient"/> is the one <c>Ai:Provider</c> chooses.
    /// </summary>
    public static IServiceCollection AddTutoring(this IServiceCollection services)
    {
        services.AddOfflineTutor();
        services.AddOpenAiTutorModel();
        services.AddResponseCache();

        // The model behind the response cache: a redelivered update or a repeated question costs no call. The
        // offline tutor is cheaper than a cache lookup's hashing, so it is not cached.
        services.AddSingleton<IChatClient>(sp => sp.GetRequiredService<IOptions<AiOptions>>().Value.Provider == AiProvider.OpenAI
            ? new ResponseCachingChatClient(sp.GetRequiredKeyedService<IChatClient>(TutorModels.OpenAI), sp.GetRequiredService<ResponseCacheStore>())
            : sp.GetRequiredKeyedService<IChatClient>(TutorModels.Offline));
        return services;
    }
}
