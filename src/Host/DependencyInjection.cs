using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TutorBot.Host.Bot;
using TutorBot.Host.Chat;
using TutorBot.Host.Stats;
using TutorBot.Host.Telegram;
using TutorBot.Host.Cli;

namespace TutorBot.Host;

public static class DependencyInjection
{
    /// <summary>The transport-neutral bot: the router and every <see cref="IBotCommand"/>, found by scanning.</summary>
    public static IServiceCollection AddBot(this IServiceCollection services)
    {
        services.AddSingleton<BotRouter>();
        services.Scan(scan => scan
            .FromAssemblyOf<BotRouter>()
            .AddClasses(classes => classes.AssignableTo<IBotCommand>(), publicOnly: false)
            .As<IBotCommand>()
            .WithScopedLifetime());
        return services;
    }

    internal static IServiceCollection AddCommandLine(this IServiceCollection services, IConfiguration configuration, CliConsole console)
    {
        services.AddSingleton(console);
        services.AddSingleton<LocalChat>();
        services.AddSingleton<CacheFiguresPublisher>();
        services.AddTelegram(configuration);

        // The terminal belongs to the chat and to --json output: the host's own chatter stays out of it.
        services.Configure<ConsoleLifetimeOptions>(options => options.SuppressStatusMessages = true);
        return services;
    }

    /// <summary>
    /// Logs go to stderr, so stdout carries only replies and command output. A host that fails to start is
    /// reported by the command itself, in one line: the host's own report of it is a stack trace.
    /// </summary>
    public static ILoggingBuilder AddStandardErrorConsole(this ILoggingBuilder logging) =>
        logging.ClearProviders()
            .AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace)
            .AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
}
