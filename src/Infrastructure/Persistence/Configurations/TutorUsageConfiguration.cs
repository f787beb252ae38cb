using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TutorBot.Domain.Students;
using TutorBot.Domain.Tutoring;

namespace TutorBot.Infrastructure.Persistence.Configurations;

internal sealed class TutorUsageConfiguration : IEntityTypeConfiguration<TutorUsage>
{
    public void Configure(EntityTypeBuilder<TutorUsage> builder)
    {
        builder.ToTable("TutorUsage");
        builder.HasKey(u => new { u.StudentId, u.DayUtc });
        builder.Ignore(u => u.Tokens);
        builder.HasOne<Student>().WithMany().HasForeignKey(u => u.StudentId).OnDelete(DeleteBehavior.Cascade);

        // Totals per day across students, for the statistics.
        builder.HasIndex(u => u.DayUtc);
    }
}
