using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Application.Tutoring;
using TutorBot.Domain.Teaching;

namespace TutorBot.Infrastructure.Tutoring.Offline;

public static class OfflineTutorServices
{
    /// <summary>
    /// The course search (<see cref="ICourseSearch"/>, indexed on first use) and the offline tutor, the keyed
    /// <see cref="IChatClient"/> <see cref="TutorModels.Offline"/>. Needs the <see cref="Course"/> singleton.
    /// </summary>
    public static IServiceCollection AddOfflineTutor(this IServiceCollection services)
    {
        services.AddSingleton<ICourseSearch>(sp => new CourseSearch(sp.GetRequiredService<Course>()));
        services.AddKeyedSingleton<IChatClient>(TutorModels.Offline, (sp, _) =>
            new OfflineTutorChatClient(sp.GetRequiredService<ICourseSearch>(), sp.GetRequiredService<Course>()));
        return services;
    }
}
