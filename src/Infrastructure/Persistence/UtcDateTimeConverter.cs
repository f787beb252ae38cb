using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TutorBot.Infrastructure.Persistence;

/// <summary>SQLite keeps no time zone: every stored time is UTC, so that is what is read back.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value,
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
