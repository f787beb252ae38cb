using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TutorBot.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Lessons : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LessonAttempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StudentId = table.Column<long>(type: "INTEGER", nullable: false),
                    LessonId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    IsOpen = table.Column<bool>(type: "INTEGER", nullable: false),
                    WrongTries = table.Column<int>(type: "INTEGER", nullable: false),
                    HintUsed = table.Column<bool>(type: "INTEGER", nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    GradedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Earned = table.Column<decimal>(type: "TEXT", nullable: true),
                    Possible = table.Column<decimal>(type: "TEXT", nullable: true),
                    Percentage = table.Column<decimal>(type: "TEXT", nullable: true),
                    Letter = table.Column<string>(type: "TEXT", maxLength: 1, nullable: true),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: true),
                    ExerciseIds = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LessonAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LessonAttempts_Students_StudentId",
                        column: x => x.StudentId,
                        principalTable: "Students",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LessonAnswers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ExerciseId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Correct = table.Column<bool>(type: "INTEGER", nullable: false),
                    Tries = table.Column<int>(type: "INTEGER", nullable: false),
                    UsedHint = table.Column<bool>(type: "INTEGER", nullable: false),
                    Earned = table.Column<decimal>(type: "TEXT", nullable: false),
                    Possible = table.Column<int>(type: "INTEGER", nullable: false),
                    AnsweredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AttemptId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LessonAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LessonAnswers_LessonAttempts_AttemptId",
                        column: x => x.AttemptId,
                        principalTable: "LessonAttempts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LessonAnswers_AttemptId",
                table: "LessonAnswers",
                column: "AttemptId");

            migrationBuilder.CreateIndex(
                name: "IX_LessonAttempts_LessonId",
                table: "LessonAttempts",
                column: "LessonId");

            migrationBuilder.CreateIndex(
                name: "IX_LessonAttempts_Open",
                table: "LessonAttempts",
                column: "StudentId",
                unique: true,
                filter: "\"IsOpen\" = 1");

            migrationBuilder.CreateIndex(
                name: "IX_LessonAttempts_StudentId_LessonId_Number",
                table: "LessonAttempts",
                columns: new[] { "StudentId", "LessonId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LessonAnswers");

            migrationBuilder.DropTable(
                name: "LessonAttempts");
        }
    }
}
