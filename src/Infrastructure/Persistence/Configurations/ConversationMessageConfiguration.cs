using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TutorBot.Domain.Conversations;
using TutorBot.Domain.Students;

namespace TutorBot.Infrastructure.Persistence.Configurations;

internal sealed class ConversationMessageConfiguration : IEntityTypeConfiguration<ConversationMessage>
{
    public void Configure(EntityTypeBuilder<ConversationMessage> builder)
    {
        builder.ToTable("ConversationMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Role).HasConversion<LowercaseEnumConverter<MessageRole>>().HasMaxLength(16);
        builder.Property(m => m.Intent).HasConversion<LowercaseEnumConverter<MessageIntent>>().HasMaxLength(16);
        builder.Property(m => m.Text).IsRequired();

        builder.HasOne<Student>().WithMany().HasForeignKey(m => m.StudentId).OnDelete(DeleteBehavior.Cascade);

        // "The last N messages of a student", trimming and clearing are all range scans of this index;
        // uniqueness also guards the sequence against a lost update.
        builder.HasIndex(m => new { m.StudentId, m.Sequence }).IsUnique();
        builder.HasIndex(m => m.CreatedAtUtc);
    }
}
