using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TutorBot.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class LessonTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<decimal>(
                name: "Possible",
                table: "LessonAttempts",
                type: "TEXT",
                nullable: false,
                defaultValue: 0m,
                oldClrType: typeof(decimal),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AlterColumn<decimal>(
                name: "Earned",
                table: "LessonAttempts",
                type: "TEXT",
                nullable: false,
                defaultValue: 0m,
                oldClrType: typeof(decimal),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Answered",
                table: "LessonAttempts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

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
            migrationBuilder.DropColumn(
                name: "Answered",
                table: "LessonAttempts");

            migrationBuilder.AlterColumn<decimal>(
                name: "Possible",
                table: "LessonAttempts",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "TEXT");

            migrationBuilder.AlterColumn<decimal>(
                name: "Earned",
                table: "LessonAttempts",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(decimal),
                oldType: "TEXT");
        }
    }
}
