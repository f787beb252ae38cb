using Microsoft.EntityFrameworkCore;
using TutorBot.Domain.Conversations;
using TutorBot.Domain.Students;

namespace TutorBot.Application.Common.Interfaces;

/// <summary>The persistence port: handlers use EF Core directly (ADR-002), with no repository in between.</summary>
public interface ITutorBotDbContext
{
    DbSet<Student> Students { get; }

    DbSet<ConversationMessage> Messages { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
