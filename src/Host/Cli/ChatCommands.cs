using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TutorBot.Host.Chat;
using TutorBot.Host.Stats;
using TutorBot.Host.Telegram;

namespace TutorBot.Host.Cli;

/// <summary><c>tutorbot run</c> (also the default) and <c>tutorbot chat</c>.</summary>
internal static class ChatCommands
{
    public const long DefaultStudentId = 1;

    public static Command Run(HostedCommand hosted)
    {
        var command = new Command("run", "Run the bot: in Telegram when Telegram:BotToken is set, else as a local chat in this terminal.");
        command.SetAction((_, ct) => RunAsync(hosted, ct));
        return command;
    }

    public static Task<int> RunAsync(HostedCommand hosted, CancellationToken cancellationToken) =>
        hosted.RunAsync((services, ct) => AsTheBot(services, async token =>
        {
            if (services.GetRequiredService<IOptions<TelegramOptions>>().Value.HasToken)
            {
                await services.GetRequiredService<TelegramTransport>().RunAsync(token);
                return ExitCodes.Ok;
            }

            return await ChatAsync(services, DefaultStudentId, null, token);
        }, ct), cancellationToken);

    public static Command Chat(HostedCommand hosted)
    {
        var student = new Option<long>("--student", "-s")
        {
            Description = "The student id to chat as.",
            DefaultValueFactory = _ => DefaultStudentId,
            CustomParser = StudentIdParsing.Parse,
        };
        var name = new Option<string?>("--name", "-n") { Description = "The student's display name (kept from last time when omitted)." };
        name.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string?>()))
            {
                result.AddError("--name cannot be blank.");
            }
        });

        var command = new Command("chat", "Chat with the bot in this terminal as a student; one line is one message. Ends at end of input.")
        {
            student,
            name,
        };
        command.SetAction((parse, ct) => hosted.RunAsync(
            (services, token) => AsTheBot(services, t => ChatAsync(services, parse.GetValue(student), parse.GetValue(name), t), token), ct));
        return command;
    }

    /// <summary>
    /// The bot's caches are the ones in use: while it runs, their figures are published for <c>tutorbot admin stats</c>.
    /// Only the bot modes do this, never an admin command, whose empty caches would overwrite the bot's figures.
    /// </summary>
    private static Task<int> AsTheBot(IServiceProvider services, Func<CancellationToken, Task<int>> bot, CancellationToken cancellationToken) =>
        services.GetRequiredService<CacheFiguresPublisher>().RunAlongsideAsync(bot, cancellationToken);

    private static Task<int> ChatAsync(IServiceProvider services, long studentId, string? name, CancellationToken cancellationToken) =>
        services.GetRequiredService<LocalChat>().RunAsync(studentId, name, services.GetRequiredService<CliConsole>(), cancellationToken);
}
