using System.Text;

namespace TutorBot.Host.Bot.Commands;

internal sealed class HelpCommand : IBotCommand
{
    public string Name => BotRouter.HelpCommandName;

    public string Description => "What I can do";

    public Task<BotReply> ExecuteAsync(BotCommandContext context, CancellationToken cancellationToken)
    {
        var text = new StringBuilder("Here is what I understand:\n");
        foreach (var command in context.Commands.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            text.Append('\n').Append('/').Append(command.Name).Append(" - ").Append(command.Description);
        }

        text.Append("\n\nAnything else you write is kept in our conversation.");
        return Task.FromResult(new BotReply(text.ToString()));
    }
}
