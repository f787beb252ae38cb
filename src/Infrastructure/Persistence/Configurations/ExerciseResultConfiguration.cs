using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TutorBot.Domain.Progress;
using TutorBot.Domain.Teaching;

namespace TutorBot.Infrastructure.Persistence.Configurations;

internal sealed class ExerciseResultConfiguration : IEntityTypeConfiguration<ExerciseResult>
{
    public void Configure(EntityTypeBuilder<ExerciseResult> builder)
    {
        // Not a navigation of the attempt: answering and grading use the attempt's running totals, so an answer only
        // ever appends a row here, and only figures and reports read them.
        builder.ToTable("LessonAnswers");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedOnAdd();
        builder.Property(r => r.ExerciseId).HasMaxLength(Lesson.MaxIdLength).IsRequired();
        builder.HasOne<LessonAttempt>().WithMany().HasForeignKey(r => r.AttemptId).OnDelete(DeleteBehavior.Cascade);
    }
}
