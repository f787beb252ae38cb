using MediatR;
using Microsoft.EntityFrameworkCore;
using TutorBot.Application.Common.Exceptions;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Common.Messaging;
using TutorBot.Domain.Conversations;

namespace TutorBot.Application.Conversations.GetContext;

/// <summary>
/// One student's stored conversation, oldest first. <paramref name="Limit"/> keeps only the most recent
/// messages (the AI tutor asks for what fits its budget); null returns everything stored.
/// </summary>
public sealed record GetContextQuery(long StudentId, int? Limit = null) : IQuery<ConversationContextDto>;

public sealed record ConversationContextDto(long StudentId, IReadOnlyList<ContextMessageDto> Messages);

public sealed record ContextMessageDto(long Id, long Sequence, MessageRole Role, MessageIntent? Intent, string Text, DateTime CreatedAtUtc);

internal sealed class GetContextQueryHandler(ITutorBotDbContext db, IContextCache cache) : IRequestHandler<GetContextQuery, ConversationContextDto>
{
    // Read before every answer of the tutor: compiled (see StudentQueries). Newest first through the
    // (student, sequence) index, so that a limit keeps the most recent messages.
    private static readonly Func<DbContext, long, int, IAsyncEnumerable<ContextMessageDto>> NewestFirst =
        EF.CompileAsyncQuery((DbContext db, long studentId, int limit) =>
            db.Set<ConversationMessage>()
                .AsNoTracking()
                .Where(m => m.StudentId == studentId)
                .OrderByDescending(m => m.Sequence)
                .Take(limit)
                .Select(m => new ContextMessageDto(m.Id, m.Sequence, m.Role, m.Intent, m.Text, m.CreatedAtUtc)));

    public async Task<ConversationContextDto> Handle(GetContextQuery request, CancellationToken cancellationToken)
    {
        // Inside a transaction (the Telegram transport wraps each update in one) this scope may see its own writes
        // before they are committed, and their invalidation is still pending: such a read neither uses nor fills the cache.
        if (db.Context.Database.CurrentTransaction is not null)
        {
            return await ReadAsync(request, cancellationToken);
        }

        if (cache.TryGet(request.StudentId, request.Limit, out var cached))
        {
            return cached;
        }

        // Taken before the read: a write committed meanwhile makes Store drop these rows instead of caching them.
        var version = cache.VersionOf(request.StudentId);
        var context = await ReadAsync(request, cancellationToken);
        cache.Store(request.StudentId, request.Limit, context, version);
        return context;
    }

    private async Task<ConversationContextDto> ReadAsync(GetContextQuery request, CancellationToken cancellationToken)
    {
        var messages = new List<ContextMessageDto>(request.Limit ?? 0);
        await foreach (var message in NewestFirst(db.Context, request.StudentId, request.Limit ?? int.MaxValue).WithCancellation(cancellationToken))
        {
            messages.Add(message);
        }

        messages.Reverse();

        // An empty conversation and an unknown student look alike until asked.
        if (messages.Count == 0 && !await db.Students.AnyAsync(s => s.Id == request.StudentId, cancellationToken))
        {
            throw new NotFoundException("Student", request.StudentId);
        }

        // Cached results are shared between callers: read-only, so that no caller can change another's.
        return new ConversationContextDto(request.StudentId, messages.AsReadOnly());
    }
}
