using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TutorBot.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class LessonTotalsBackfill : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Attempts begun before the totals existed: their answers are all recorded, so the totals are their sums.
            migrationBuilder.Sql("""
                UPDATE "LessonAttempts" SET
                    "Answered" = (SELECT COUNT(*) FROM "LessonAnswers" AS r WHERE r."AttemptId" = "LessonAttempts"."Id"),
                    "Earned" = (SELECT TOTAL(r."Earned") FROM "LessonAnswers" AS r WHERE r."AttemptId" = "LessonAttempts"."Id"),
                    "Possible" = (SELECT TOTAL(r."Possible") FROM "LessonAnswers" AS r WHERE r."AttemptId" = "LessonAttempts"."Id")
                WHERE EXISTS (SELECT 1 FROM "LessonAnswers" AS r WHERE r."AttemptId" = "LessonAttempts"."Id");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The totals are dropped with their columns by LessonTotals' Down.
        }
    }
}
