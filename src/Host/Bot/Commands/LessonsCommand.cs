using MediatR;
using TutorBot.Application.Lessons;
using TutorBot.Host.Bot.Lessons;

namespace TutorBot.Host.Bot.Commands;

internal sealed class LessonsCommand(IMediator mediator) : IBotCommand
{
    public string Name => "lessons";

    public string Description => "The lessons of the course and where you stand in each";

    public async Task<BotReply> ExecuteAsync(BotCommandContext context, CancellationToken cancellationToken) =>
        LessonListText.Reply(await mediator.Send(new ListLessonsQuery(context.Message.StudentId), cancellationToken));
}
