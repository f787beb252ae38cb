namespace TutorBot.Domain.Common;

internal static class Time
{
    /// <summary>Every stored time is UTC; a local or unspecified time is a programming error.</summary>
    public static DateTime RequireUtc(DateTime value) =>
        value.Kind == DateTimeKind.Utc ? value : throw new DomainException("Times must be in UTC.");
}
