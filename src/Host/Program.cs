using Microsoft.Extensions.Hosting;
using TutorBot.Application;
using TutorBot.Host;
using TutorBot.Host.Cli;
using TutorBot.Infrastructure;

return await CommandLineApp.RunAsync(args, CliConsole.System(), Program.BuildHost);

public partial class Program
{
    /// <summary>The composition root: the only place where the layers are wired together.</summary>
    internal static IHost BuildHost(string[] configurationArgs, CliConsole console)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = configurationArgs,

            // appsettings.json is found beside the executable whatever the working directory; the database
            // path stays relative to the working directory.
            ContentRootPath = AppContext.BaseDirectory,
        });

        builder.Logging.AddStandardErrorConsole();
        builder.Services
            .AddApplication(builder.Configuration)
            .AddInfrastructure(builder.Configuration)
            .AddBot()
            .AddCommandLine(builder.Configuration, console);
        return builder.Build();
    }
}
