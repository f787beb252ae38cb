using System.Globalization;
using MediatR;
using TutorBot.Application.Lessons;
using TutorBot.Domain.Teaching;
using TutorBot.Host.Bot.Lessons;

namespace TutorBot.Host.Bot.Commands;

/// <summary>What a choice button sends (see <see cref="AnswerButtonData"/>): the answer to the exercise it was shown for.</summary>
internal sealed class AnswerCommand(IMediator mediator, ScoringRules rules) : IBotCommand
{
    public const string AlreadyCounted = "That button's answer was counted already.";

    public string Name => AnswerButtonData.CommandName;

    public string Description => "Answer a choice exercise (what its buttons send)";

    public bool Hidden => true;

    public async Task<BotReply> ExecuteAsync(BotCommandContext context, CancellationToken cancellationToken)
    {
        var studentId = context.Message.StudentId;
        if (AnswerButtonData.Parse(context.Arguments) is not { } data)
        {
            return new BotReply("To answer, tap one of the exercise's buttons or reply with the option's number.");
        }

        var open = await mediator.Send(new GetOpenExerciseQuery(studentId), cancellationToken);
        if (open is null)
        {
            return new BotReply($"{AlreadyCounted} {LessonReplies.NoExerciseOpen}");
        }

        // A second tap on the same button, or a button of an earlier message, counts nothing: the open exercise is shown again.
        // (SubmitAnswer checks the exercise and try again inside its transaction, for taps handled at the same moment.)
        if (open.Id != data.ExerciseId || open.IsRetry != (data.Try == 2))
        {
            return ExerciseText.Reply(open, rules, AlreadyCounted);
        }

        var number = data.Option.ToString(CultureInfo.InvariantCulture);
        var text = data.Option <= open.Options.Count ? open.Options[data.Option - 1] : number;
        return await AnswerFlow.AnswerAsync(mediator, rules, studentId, text, number, data.ExerciseId, data.Try, cancellationToken);
    }
}
