using MediatR;
using TutorBot.Application.Lessons;
using TutorBot.Domain.Common;
using TutorBot.Host.Bot.Lessons;

namespace TutorBot.Host.Bot.Commands;

internal sealed class CancelCommand(IMediator mediator) : IBotCommand
{
    public string Name => "cancel";

    public string Description => "Leave the open lesson (your progress is kept)";

    public async Task<BotReply> ExecuteAsync(BotCommandContext context, CancellationToken cancellationToken)
    {
        LessonRefDto lesson;
        try
        {
            lesson = await mediator.Send(new CancelLessonCommand(context.Message.StudentId), cancellationToken);
        }
        catch (DomainException)
        {
            // The one refusal of this command: no lesson is open.
            return new BotReply("You have no lesson open, so there is nothing to leave. /lessons lists the lessons.");
        }

        return new BotReply(
            $"You left lesson {LessonFormat.Name(lesson)}. Your answers so far are kept: send {LessonFormat.StartCommand(lesson)} " +
            "to go on where you left off. Until then, what you write is a question for the tutor again.",
            [[LessonFormat.StartButton(lesson, $"Resume {LessonFormat.Name(lesson)}")]]);
    }
}
