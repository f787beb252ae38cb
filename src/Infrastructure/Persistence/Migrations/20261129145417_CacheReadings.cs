using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TutorBot.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CacheReadings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CacheReadings",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hits = table.Column<long>(type: "INTEGER", nullable: false),
                    Misses = table.Column<long>(type: "INTEGER", nullable: false),
                    Evictions = table.Column<long>(type: "INTEGER", nullable: false),
                    Size = table.Column<int>(type: "INTEGER", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    ReadAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CacheReadings", x => x.Name);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CacheReadings");
        }
    }
}
