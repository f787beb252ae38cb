using Microsoft.EntityFrameworkCore;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Domain.Conversations;
using TutorBot.Domain.Delivery;
using TutorBot.Domain.Diagnostics;
using TutorBot.Domain.Progress;
using TutorBot.Domain.Students;
using TutorBot.Domain.Tutoring;

namespace TutorBot.Infrastructure.Persistence;

public sealed class TutorBotDbContext(DbContextOptions<TutorBotDbContext> options) : DbContext(options), ITutorBotDbContext
{
    public DbSet<Student> Students => Set<Student>();

    public DbSet<ConversationMessage> Messages => Set<ConversationMessage>();

    public DbSet<InboxUpdate> Inbox => Set<InboxUpdate>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<LessonAttempt> Attempts => Set<LessonAttempt>();

    public DbSet<ExerciseResult> Answers => Set<ExerciseResult>();

    public DbSet<TutorUsage> Usage => Set<TutorUsage>();

    public DbSet<CacheReading> CacheReadings => Set<CacheReading>();

    DbContext ITutorBotDbContext.Context => this;

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TutorBotDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
}
