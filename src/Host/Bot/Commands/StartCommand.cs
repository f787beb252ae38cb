using Microsoft.Extensions.Options;
using TutorBot.Application.Common.Options;
using TutorBot.Host.Telegram.Sending;

namespace TutorBot.Host.Bot.Commands;

internal sealed class StartCommand(IOptions<LimitsOptions> limits) : IBotCommand
{
    public string Name => "start";

    public string Description => "Welcome and the main menu";

    public static IReadOnlyList<IReadOnlyList<BotButton>> Menu { get; } =
    [
        [new BotButton("Lessons", "/lessons"), new BotButton("My progress", "/progress")],
        [new BotButton("Help", "/help"), new BotButton("Our conversation", "/context")],
        [new BotButton("My stats", "/stats"), new BotButton("Start over", "/reset")],
    ];

    public Task<BotReply> ExecuteAsync(BotCommandContext context, CancellationToken cancellationToken)
    {
        // The name is the student's own text: escaped, so "<3 Ann" is shown as written, not taken for markup.
        var name = TelegramHtml.Escape(context.StudentName);
        var greeting = context.IsNewStudent ? $"Welcome, {name}!" : $"Welcome back, {name}!";
        var text =
            $"<b>{greeting}</b> I am TutorBot, your tutor.\n\n" +
            "Take a lesson: /lessons lists them, with your grades, and /lesson 1 starts the first.\n" +
            $"Or ask me anything in your own words (at least {limits.Value.MinMessageLength} characters): I answer with our " +
            $"conversation in mind, which remembers your last {limits.Value.MaxMessagesPerStudent} messages.\n" +
            "Use the buttons below, or /help for every command.";
        return Task.FromResult(new BotReply(text, Menu, IsHtml: true));
    }
}
