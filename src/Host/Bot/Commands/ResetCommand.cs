using MediatR;
using TutorBot.Application.Conversations.ClearContext;

namespace TutorBot.Host.Bot.Commands;

internal sealed class ResetCommand(IMediator mediator) : IBotCommand
{
    public string Name => "reset";

    public string Description => "Forget our conversation and start over";

    public async Task<BotReply> ExecuteAsync(BotCommandContext context, CancellationToken cancellationToken)
    {
        var removed = await mediator.Send(new ClearContextCommand(context.Message.StudentId), cancellationToken);
        return new BotReply(removed == 0
            ? "Our conversation was already empty: we start with a clean slate."
            : $"Done: I have forgotten our conversation ({BotText.Count(removed, "message")}). We start with a clean slate.");
    }
}
