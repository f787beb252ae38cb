using MediatR;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Common.Messaging;
using TutorBot.Application.Conversations;
using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Domain.Conversations;
using TutorBot.Domain.Tutoring;

namespace TutorBot.Application.Tutoring.RecordTutorAnswer;

/// <summary>
/// Stores a student's question and the tutor's answer in their conversation, and the model's tokens in their usage
/// for the day, in one transaction. The model was asked before, outside any transaction, so a conversation never
/// holds a question without its answer. Zero tokens (offline tutor, cached answer) count no usage.
/// </summary>
public sealed record RecordTutorAnswerCommand(long StudentId, string Question, string Answer, long InputTokens, long OutputTokens)
    : ICommand<AddMessageResult>;

internal sealed class RecordTutorAnswerCommandHandler(ConversationWriter writer, ITutorBotDbContext db, TimeProvider clock)
    : IRequestHandler<RecordTutorAnswerCommand, AddMessageResult>
{
    public async Task<AddMessageResult> Handle(RecordTutorAnswerCommand request, CancellationToken cancellationToken)
    {
        // As AddMessage stores them (its rules are in the validator), with one save for both.
        var stored = await writer.AppendAsync(
            request.StudentId,
            [new NewMessage(MessageRole.User, MessageIntent.Question, request.Question), new NewMessage(MessageRole.Assistant, null, request.Answer)],
            cancellationToken);
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
