using System.Text;
using MediatR;
using TutorBot.Application.Conversations.GetContext;
using TutorBot.Domain.Conversations;

namespace TutorBot.Host.Bot.Commands;

internal sealed class ContextCommand(IMediator mediator) : IBotCommand
{
    /// <summary>Each message is shortened so that a full conversation stays readable in one reply.</summary>
    private const int PreviewLength = 200;

    public string Name => "context";

    public string Description => "Show our conversation as I remember it";

    public async Task<BotReply> ExecuteAsync(BotCommandContext context, CancellationToken cancellationToken)
    {
        var conversation = await mediator.Send(new GetContextQuery(context.Message.StudentId), cancellationToken);
        if (conversation.Messages.Count == 0)
        {
            return new BotReply("Our conversation is empty. Write me something!");
        }

        var text = new StringBuilder($"Our conversation ({BotText.Count(conversation.Messages.Count, "message")}, oldest first):");
        foreach (var (message, index) in conversation.Messages.Select((m, i) => (m, i + 1)))
        {
            var who = message.Role == MessageRole.User ? "You" : "TutorBot";
            text.Append('\n').Append(index).Append(". ").Append(who).Append(": ").Append(BotText.Preview(message.Text, PreviewLength));
        }

        return new BotReply(text.ToString());
    }
}
