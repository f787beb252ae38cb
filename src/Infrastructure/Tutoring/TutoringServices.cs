using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TutorBot.Application.Tutoring;
using TutorBot.Infrastructure.Tutoring.OpenAi;
using TutorBot.Infrastructure.Tutoring.Offline;

namespace TutorBot.Infrastructure.Tutoring;

internal static class TutoringServices
{
    /// <summary>
    /// The offline tutor (always: it answers when the model cannot) and the OpenAI-compatible model; the unkeyed
    /// <see cref="IChatClient"/> is the one <c>Ai:Provider</c> chooses.
    /// </summary>
    public static IServiceCollection AddTutoring(this IServiceCollection services)
    {
        services.AddOfflineTutor();
        services.AddOpenAiTutorModel();
        services.AddSingleton(sp => sp.GetRequiredKeyedService<IChatClient>(
            sp.GetRequiredService<IOptions<AiOptions>>().Value.Provider == AiProvider.OpenAI ? TutorModels.OpenAI : TutorModels.Offline));
        return services;
    }
}
