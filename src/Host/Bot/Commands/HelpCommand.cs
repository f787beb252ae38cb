using System.Text;

namespace TutorBot.Host.Bot.Commands;

internal sealed class HelpCommand : IBotCommand
{
    public string Name => BotRouter.HelpCommandName;

    public string Description => "What I can do";

    public Task<BotReply> ExecuteAsync(BotCommandContext context, CancellationToken cancellationToken)
    {
        var text = new StringBuilder("Here is what I understand:\n");
        foreach (var command in context.Commands.Where(c => !c.Hidden).OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            text.Append('\n').Append('/').Append(command.Name).Append(" - ").Append(command.Description);
        }

        text.Append("\n\nAnything you write is a question for the tutor, who sees our conversation and your lesson. " +
            "While an exercise is open, what you write is your answer: ask with /ask then.");
        return Task.FromResult(new BotReply(text.ToString()));
    }
}
