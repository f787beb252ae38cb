using MediatR;
using Microsoft.EntityFrameworkCore;
using TutorBot.Application.Common.Exceptions;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Common.Messaging;
using TutorBot.Application.Students;
using TutorBot.Domain.Conversations;

namespace TutorBot.Application.Conversations.AddMessage;

/// <summary>
/// Appends a message to a student's conversation, stored exactly as given, and trims the conversation to
/// <c>Limits:MaxMessagesPerStudent</c> in the same transaction.
/// </summary>
public sealed record AddMessageCommand(long StudentId, MessageRole Role, MessageIntent? Intent, string Text)
    : ICommand<AddMessageResult>
{
    public static AddMessageCommand FromStudent(long studentId, string text, MessageIntent intent = MessageIntent.Chat) =>
        new(studentId, MessageRole.User, intent, text);

    public static AddMessageCommand FromTutor(long studentId, string text) =>
        new(studentId, MessageRole.Assistant, null, text);

    /// <summary>Free-form dialogue must meet the minimum length; exercise answers and the tutor's words need not.</summary>
    public bool IsFreeFormDialogue => Role == MessageRole.User && Intent is MessageIntent.Chat or MessageIntent.Question;
}

/// <param name="ContextSize">How many messages the conversation holds after this one was added.</param>
public sealed record AddMessageResult(long MessageId, long Sequence, int ContextSize);

internal sealed class AddMessageCommandHandler(
    ITutorBotDbContext db,
    IDatabaseTransactions transactions,
    IContextCache contextCache,
    ConversationLimits limits,
    TimeProvider clock)
    : IRequestHandler<AddMessageCommand, AddMessageResult>
{
    // The hot path of the bot: compiled queries (see StudentQueries).
    private static readonly Func<DbContext, long, long, CancellationToken, Task<int>> TrimAsync =
        EF.CompileAsyncQuery((DbContext db, long studentId, long lastToTrim, CancellationToken _) =>
            db.Set<ConversationMessage>().Where(m => m.StudentId == studentId && m.Sequence <= lastToTrim).ExecuteDelete());

    private static readonly Func<DbContext, long, CancellationToken, Task<int>> CountAsync =
        EF.CompileAsyncQuery((DbContext db, long studentId, CancellationToken _) =>
            db.Set<ConversationMessage>().Count(m => m.StudentId == studentId));

    public async Task<AddMessageResult> Handle(AddMessageCommand request, CancellationToken cancellationToken)
    {
        var student = await db.FindStudentAsync(request.StudentId, cancellationToken)
            ?? throw new NotFoundException("Student", request.StudentId);

        var message = student.Write(request.Role, request.Intent, request.Text, limits, clock.GetUtcNow().UtcDateTime);
        db.Messages.Add(message);
        await db.SaveChangesAsync(cancellationToken);

        var lastToTrim = limits.LastSequenceToTrim(message.Sequence);
        if (lastToTrim > 0)
        {
            await TrimAsync(db.Context, request.StudentId, lastToTrim, cancellationToken);
        }

        var contextSize = await CountAsync(db.Context, request.StudentId, cancellationToken);

        // The new message (and the trim) change every cached context of this student, once they are durable.
        transactions.AfterCommit(() => contextCache.Invalidate(request.StudentId));
        return new AddMessageResult(message.Id, message.Sequence, contextSize);
    }
}
