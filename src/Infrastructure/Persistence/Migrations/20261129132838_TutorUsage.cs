using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TutorBot.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TutorUsage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TutorUsage",
                columns: table => new
                {
                    StudentId = table.Column<long>(type: "INTEGER", nullable: false),
                    DayUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    InputTokens = table.Column<long>(type: "INTEGER", nullable: false),
                    OutputTokens = table.Column<long>(type: "INTEGER", nullable: false),
                    Answers = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TutorUsage", x => new { x.StudentId, x.DayUtc });
                    table.ForeignKey(
                        name: "FK_TutorUsage_Students_StudentId",
                        column: x => x.StudentId,
                        principalTable: "Students",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TutorUsage_DayUtc",
                table: "TutorUsage",
                column: "DayUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TutorUsage");
        }
    }
}
