using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TutorBot.Domain.Teaching;

namespace TutorBot.Infrastructure.Curriculum;

public static class CurriculumServices
{
    /// <summary>
    /// The course from <c>Curriculum:Path</c> as a singleton <see cref="Course"/>, loaded on first use and
    /// checked when the host starts.
    /// </summary>
    public static IServiceCollection AddCurriculum(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CurriculumOptions>()
            .Bind(configuration.GetSection(CurriculumOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<CurriculumOptions>, CurriculumOptionsValidation>();
        services.AddSingleton(sp => CourseLoader.Load(sp.GetRequiredService<IOptions<CurriculumOptions>>().Value.FullPath()));
        services.AddHostedService<CurriculumCheck>();
        return services;
    }
}
