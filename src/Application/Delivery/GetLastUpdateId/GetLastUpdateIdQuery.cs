using MediatR;
using Microsoft.EntityFrameworkCore;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Common.Messaging;

namespace TutorBot.Application.Delivery.GetLastUpdateId;

/// <summary>The highest update id ever stored, or null for an empty inbox: polling resumes after it.</summary>
public sealed record GetLastUpdateIdQuery : IQuery<long?>;

internal sealed class GetLastUpdateIdQueryHandler(ITutorBotDbContext db) : IRequestHandler<GetLastUpdateIdQuery, long?>
{
    public async Task<long?> Handle(GetLastUpdateIdQuery request, CancellationToken cancellationToken) =>
        await db.Inbox.MaxAsync(u => (long?)u.UpdateId, cancellationToken);
}
