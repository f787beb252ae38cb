using Microsoft.EntityFrameworkCore;
using TutorBot.Domain.Conversations;
using TutorBot.Domain.Delivery;
using TutorBot.Domain.Diagnostics;
using TutorBot.Domain.Progress;
using TutorBot.Domain.Students;
using TutorBot.Domain.Tutoring;

namespace TutorBot.Application.Common.Interfaces;

/// <summary>The persistence port: handlers use EF Core directly (ADR-002), with no repository in between.</summary>
public interface ITutorBotDbContext
{
    DbSet<Student> Students { get; }

    DbSet<ConversationMessage> Messages { get; }

    DbSet<InboxUpdate> Inbox { get; }

    DbSet<OutboxMessage> Outbox { get; }

    DbSet<LessonAttempt> Attempts { get; }

    /// <summary>How each answered exercise ended: appended by answers, read only for figures and reports.</summary>
    DbSet<ExerciseResult> Answers { get; }

    /// <summary>The model's tokens per student and UTC day.</summary>
    DbSet<TutorUsage> Usage { get; }

    /// <summary>The cache figures the running bot last published, one row per cache, for other processes' statistics.</summary>
    DbSet<CacheReading> CacheReadings { get; }

    /// <summary>
    /// The EF Core context behind this port. Compiled queries, used on the hot paths, are typed on a
    /// <see cref="DbContext"/> and cannot take an interface.
    /// </summary>
    DbContext Context { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
