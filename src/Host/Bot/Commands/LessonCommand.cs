using System.Globalization;
using MediatR;
using TutorBot.Application.Lessons;
using TutorBot.Domain.Teaching;
using TutorBot.Host.Bot.Lessons;

namespace TutorBot.Host.Bot.Commands;

internal sealed class LessonCommand(IMediator mediator, ScoringRules rules) : IBotCommand
{
    public string Name => "lesson";

    public string Description => "Start a lesson or go on with it: /lesson 1";

    public async Task<BotReply> ExecuteAsync(BotCommandContext context, CancellationToken cancellationToken)
    {
        var studentId = context.Message.StudentId;
        if (context.Arguments.Length == 0)
        {
            return new BotReply("Which lesson? Send /lesson and its number, e.g. /lesson 1. /lessons lists them.");
        }

        var lessons = await mediator.Send(new ListLessonsQuery(studentId), cancellationToken);
        if (!int.TryParse(context.Arguments, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || lessons.FirstOrDefault(l => l.Lesson.Number == number) is not { } lesson)
        {
            return new BotReply(
                $"There is no lesson \"{BotText.Preview(context.Arguments, 20)}\": the lessons are numbered 1 to {lessons.Count}. " +
                "/lessons lists them.");
        }

        if (lesson.State == LessonState.Locked)
        {
            return new BotReply(
                $"Lesson {LessonFormat.Name(lesson.Lesson)} is locked: pass {LessonListText.Names(lesson.MissingPrerequisites)} first.",
                [.. lesson.MissingPrerequisites.Select(l => (IReadOnlyList<BotButton>)[LessonFormat.StartButton(l)])]);
        }

        var step = await mediator.Send(new StartLessonCommand(studentId, number), cancellationToken);
        if (step.Exercise is null)
        {
            // Every exercise was answered but the grade was never given (e.g. the bot stopped in between): give it now.
            return GradeText.Reply(await mediator.Send(new GradeLessonCommand(studentId), cancellationToken));
        }

        return StepText.Reply(step, rules);
    }
}
