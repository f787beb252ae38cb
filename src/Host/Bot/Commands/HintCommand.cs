using MediatR;
using TutorBot.Application.Lessons;
using TutorBot.Host.Bot.Lessons;

namespace TutorBot.Host.Bot.Commands;

internal sealed class HintCommand(IMediator mediator) : IBotCommand
{
    public string Name => "hint";

    public string Description => "A hint for the open exercise (it costs part of its points)";

    public async Task<BotReply> ExecuteAsync(BotCommandContext context, CancellationToken cancellationToken)
    {
        var studentId = context.Message.StudentId;
        var open = await mediator.Send(new GetOpenExerciseQuery(studentId), cancellationToken);
        if (open is null)
        {
            return new BotReply(LessonReplies.NoExerciseOpen);
        }

        if (!open.HasHint)
        {
            return new BotReply("This exercise has no hint, sorry: nothing was taken off. Give it your best try!");
        }

        var hint = await mediator.Send(new GetHintCommand(studentId), cancellationToken);
        return new BotReply(
            $"Hint: {hint.Hint.Trim()}\n" +
            $"A right answer now earns at most {LessonFormat.Points(hint.PointsNow)} of {BotText.Count(hint.Points, "point")}.");
    }
}
