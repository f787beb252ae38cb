using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TutorBot.Domain.Progress;
using TutorBot.Domain.Students;
using TutorBot.Domain.Teaching;

namespace TutorBot.Infrastructure.Persistence.Configurations;

internal sealed class LessonAttemptConfiguration : IEntityTypeConfiguration<LessonAttempt>
{
    public void Configure(EntityTypeBuilder<LessonAttempt> builder)
    {
        builder.ToTable("LessonAttempts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedOnAdd();
        builder.Property(a => a.LessonId).HasMaxLength(Lesson.MaxIdLength).IsRequired();
        builder.PrimitiveCollection<List<string>>("_exerciseIds").HasColumnName("ExerciseIds").IsRequired();
        builder.Property(a => a.Letter).HasConversion<string>().HasMaxLength(1);
        builder.Ignore(a => a.ExerciseIds);
        builder.Ignore(a => a.IsFinished);
        builder.Ignore(a => a.IsGraded);
        builder.Ignore(a => a.OpenExerciseId);

        builder.HasOne<Student>().WithMany().HasForeignKey(a => a.StudentId).OnDelete(DeleteBehavior.Cascade);

        // At most one open lesson per student, enforced by the database itself.
        builder.HasIndex(a => a.StudentId).IsUnique().HasFilter("\"IsOpen\" = 1").HasDatabaseName("IX_LessonAttempts_Open");
        builder.HasIndex(a => new { a.StudentId, a.LessonId, a.Number }).IsUnique();
        builder.HasIndex(a => a.LessonId);
    }
}
