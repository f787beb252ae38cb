using MediatR;
using TutorBot.Application.Lessons;
using TutorBot.Host.Bot.Lessons;

namespace TutorBot.Host.Bot.Commands;

internal sealed class ProgressCommand(IMediator mediator) : IBotCommand
{
    public string Name => "progress";

    public string Description => "Your lessons, attempts and grades";

    public async Task<BotReply> ExecuteAsync(BotCommandContext context, CancellationToken cancellationToken) =>
        ProgressText.Reply(await mediator.Send(new GetProgressQuery(context.Message.StudentId), cancellationToken));
}
