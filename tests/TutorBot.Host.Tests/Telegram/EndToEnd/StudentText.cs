namespace TutorBot.Host.Tests.Telegram.EndToEnd;

/// <summary>Texts long enough to be stored, and the acknowledgement that counts them (per-chat order shows in it).</summary>
internal static class StudentText
{
    public static string Message(long student, int number) => $"Student {student} writes message number {number}.";

    /// <summary>The reply to a stored free text says how many messages the conversation now holds.</summary>
    public static string HoldsCount(int count) => count == 1 ? "now holds 1 message " : $"now holds {count} messages ";
}
