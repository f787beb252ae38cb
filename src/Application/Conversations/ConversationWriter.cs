using Microsoft.EntityFrameworkCore;
using TutorBot.Application.Common.Exceptions;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Application.Students;
using TutorBot.Domain.Conversations;

namespace TutorBot.Application.Conversations;

/// <summary>A message to append: who wrote it, what for, and the text exactly as written.</summary>
internal sealed record NewMessage(MessageRole Role, MessageIntent? Intent, string Text);

/// <summary>
/// Appends messages to a student's conversation and trims it to <c>Limits:MaxMessagesPerStudent</c>, inside the
/// caller's transaction: <c>AddMessage</c> appends one, <c>RecordTutorAnswer</c> a question with its answer, with one
/// save, one trim and one count for both.
/// </summary>
internal sealed class ConversationWriter(
    ITutorBotDbContext db,
    IDatabaseTransactions transactions,
    IContextCache contextCache,
    ConversationLimits limits,
    TimeProvider clock)
{
    // The hot path of the bot: compiled queries (see StudentQueries).
    private static readonly Func<DbContext, long, long, CancellationToken, Task<int>> TrimAsync =
        EF.CompileAsyncQuery((DbContext db, long studentId, long lastToTrim, CancellationToken _) =>
            db.Set<ConversationMessage>().Where(m => m.StudentId == studentId && m.Sequence <= lastToTrim).ExecuteDelete());

    private static readonly Func<DbContext, long, CancellationToken, Task<int>> CountAsync =
        EF.CompileAsyncQuery((DbContext db, long studentId, CancellationToken _) =>
            db.Set<ConversationMessage>().Count(m => m.StudentId == studentId));

    /// <returns>The last message appended, and the size of the conversation after the trim.</returns>
    public async Task<AddMessageResult> AppendAsync(long studentId, IReadOnlyList<NewMessage> messages, CancellationToken cancellationToken)
    {
        var student = await db.FindStudentAsync(studentId, cancellationToken)
            ?? throw new NotFoundException("Student", studentId);

        var now = clock.GetUtcNow().UtcDateTime;
        ConversationMessage? last = null;
        foreach (var message in messages)
        {
            last = student.Write(message.Role, message.Intent, message.Text, limits, now);
            db.Messages.Add(last);
        }

        ArgumentNullException.ThrowIfNull(last, nameof(messages));
        await db.SaveChangesAsync(cancellationToken);

        var lastToTrim = limits.LastSequenceToTrim(last.Sequence);
        if (lastToTrim > 0)
        {
            await TrimAsync(db.Context, studentId, lastToTrim, cancellationToken);
        }

        var contextSize = await CountAsync(db.Context, studentId, cancellationToken);

        // The new messages (and the trim) change every cached context of this student, once they are durable.
        transactions.AfterCommit(() => contextCache.Invalidate(studentId));
        return new AddMessageResult(last.Id, last.Sequence, contextSize);
    }
}
