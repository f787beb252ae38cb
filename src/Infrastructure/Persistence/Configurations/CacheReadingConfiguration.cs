using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TutorBot.Domain.Diagnostics;

namespace TutorBot.Infrastructure.Persistence.Configurations;

internal sealed class CacheReadingConfiguration : IEntityTypeConfiguration<CacheReading>
{
    public void Configure(EntityTypeBuilder<CacheReading> builder)
    {
        builder.ToTable("CacheReadings");
        builder.HasKey(r => r.Name);
        builder.Property(r => r.Name).HasMaxLength(CacheReading.MaxNameLength);
    }
}
