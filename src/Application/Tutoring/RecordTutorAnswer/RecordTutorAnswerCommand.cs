using MediatR;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Common.Messaging;
using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Domain.Tutoring;

namespace TutorBot.Application.Tutoring.RecordTutorAnswer;

/// <summary>
/// Stores the tutor's answer in the student's conversation and the model's tokens in their usage for the day, in one
/// transaction (the model was asked before, outside any). Zero tokens (offline tutor, cached answer) count no usage.
/// </summary>
public sealed record RecordTutorAnswerCommand(long StudentId, string Text, long InputTokens, long OutputTokens) : ICommand<AddMessageResult>;

internal sealed class RecordTutorAnswerCommandHandler(IMediator mediator, ITutorBotDbContext db, TimeProvider clock)
    : IRequestHandler<RecordTutorAnswerCommand, AddMessageResult>
{
    public async Task<AddMessageResult> Handle(RecordTutorAnswerCommand request, CancellationToken cancellationToken)
    {
        // Through AddMessage, so that the answer is checked, trimmed and cached exactly as every other message.
        var stored = await mediator.Send(AddMessageCommand.FromTutor(request.StudentId, request.Text), cancellationToken);
        if (request.InputTokens + request.OutputTokens > 0)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var usage = await db.Usage.FindAsync([request.StudentId, now.Date], cancellationToken);
            if (usage is null)
            {
                usage = TutorUsage.StartDay(request.StudentId, now);
                db.Usage.Add(usage);
            }

            usage.Add(request.InputTokens, request.OutputTokens);
            await db.SaveChangesAsync(cancellationToken);
        }

        return stored;
    }
}
