using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TutorBot.Domain.Delivery;

namespace TutorBot.Infrastructure.Persistence.Configurations;

internal sealed class InboxUpdateConfiguration : IEntityTypeConfiguration<InboxUpdate>
{
    public void Configure(EntityTypeBuilder<InboxUpdate> builder)
    {
        builder.ToTable("InboxUpdates");
        builder.HasKey(u => u.UpdateId);

        // Update ids are assigned by Telegram; uniqueness is what recognises a redelivered update.
        builder.Property(u => u.UpdateId).ValueGeneratedNever();
        builder.Property(u => u.Payload).IsRequired();
        builder.Property(u => u.Outcome).HasConversion<LowercaseEnumConverter<UpdateOutcome>>().HasMaxLength(16);
        builder.Ignore(u => u.IsProcessed);

        // The inbox keeps every update ever received; the pending ones are few and found through this index.
        builder.HasIndex(u => u.UpdateId).HasFilter("\"ProcessedAtUtc\" IS NULL").HasDatabaseName("IX_InboxUpdates_Pending");
    }
}
