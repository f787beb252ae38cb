using FluentValidation;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TutorBot.Application.Common.Behaviours;
using TutorBot.Application.Common.Options;
using TutorBot.Application.Conversations;
using TutorBot.Application.Tutoring;

namespace TutorBot.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services, IConfiguration configuration)
    {
        var assembly = typeof(DependencyInjection).Assembly;

        services.AddOptions<LimitsOptions>().Bind(configuration.GetSection(LimitsOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LimitsOptions>, LimitsOptionsValidation>();
        services.AddOptions<DiagnosticsOptions>().Bind(configuration.GetSection(DiagnosticsOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DiagnosticsOptions>, DiagnosticsOptionsValidation>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<LimitsOptions>>().Value.ToConversationLimits());
        services.AddOptions<GradingOptions>().Bind(configuration.GetSection(GradingOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GradingOptions>, GradingOptionsValidation>();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<GradingOptions>>().Value.ToScoringRules());
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<GradingOptions>>().Value.ToGradeScale());
        services.AddOptions<AiOptions>().Bind(configuration.GetSection(AiOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AiOptions>, AiOptionsValidation>();
        services.AddOptions<CacheOptions>().Bind(configuration.GetSection(CacheOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CacheOptions>, CacheOptionsValidation>();
        services.TryAddSingleton(TimeProvider.System);

        // MediatR 5 has no DI package. The mediator and its factory must be scoped: as singletons they
        // would resolve scoped handlers from the root provider.
        services.AddScoped<ServiceFactory>(sp => sp.GetService);
        services.AddScoped<IMediator, Mediator>();
        services.AddScoped<ConversationWriter>();
        services.Scan(scan => scan
            .FromAssemblies(assembly)
            .AddClasses(classes => classes.AssignableTo(typeof(IRequestHandler<,>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime());

        // Registration order is pipeline order, outermost first, so behaviours are listed, not scanned.
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TransactionBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(SlowRequestBehaviour<,>));

        services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        return services;
    }
}
