using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TutorBot.Domain.Delivery;

namespace TutorBot.Infrastructure.Persistence.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");

        // AUTOINCREMENT never reuses an id, so the sender's order (by id) is the order replies were stored in.
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedOnAdd();
        builder.Property(m => m.Text).HasMaxLength(OutboxMessage.MaxTextLength).IsRequired();
        builder.Property(m => m.Format).HasConversion<LowercaseEnumConverter<TextFormat>>().HasMaxLength(16);
        builder.Property(m => m.Buttons).HasConversion(new OutboxButtonsConverter(), new OutboxButtonsComparer());
        builder.Property(m => m.Failure).HasMaxLength(OutboxMessage.MaxFailureLength);
        builder.Ignore(m => m.IsPending);

        // The outbox keeps every message ever sent; the pending ones are few and found through this index.
        builder.HasIndex(m => m.Id)
            .HasFilter("\"SentAtUtc\" IS NULL AND \"FailedAtUtc\" IS NULL")
            .HasDatabaseName("IX_OutboxMessages_Pending");
    }
}
