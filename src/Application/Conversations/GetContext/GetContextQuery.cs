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

internal sealed class GetContextQueryHandler(ITutorBotDbContext db) : IRequestHandler<GetContextQuery, ConversationContextDto>
{
    public async Task<ConversationContextDto> Handle(GetContextQuery request, CancellationToken cancellationToken)
    {
        var messages = db.Messages.AsNoTracking().Where(m => m.StudentId == request.StudentId);

        // Newest first through the (student, sequence) index, then put back in reading order.
        var newestFirst = await messages
            .OrderByDescending(m => m.Sequence)
            .Take(request.Limit ?? int.MaxValue)
            .Select(m => new ContextMessageDto(m.Id, m.Sequence, m.Role, m.Intent, m.Text, m.CreatedAtUtc))
            .ToListAsync(cancellationToken);
        newestFirst.Reverse();

        // An empty conversation and an unknown student look alike until asked.
        if (newestFirst.Count == 0 && !await db.Students.AnyAsync(s => s.Id == request.StudentId, cancellationToken))
        {
            throw new NotFoundException("Student", request.StudentId);
        }

        return new ConversationContextDto(request.StudentId, newestFirst);
    }
}
