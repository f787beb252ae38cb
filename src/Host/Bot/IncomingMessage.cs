namespace TutorBot.Host.Bot;

/// <summary>A text a student sent, whatever the transport (Telegram, local chat).</summary>
/// <param name="StudentName">The name the transport knows the student by; null keeps the stored one.</param>
/// <param name="IsAdmin">The sender may use admin commands (Telegram:AdminUserIds; the operator in local chat).</param>
public sealed record IncomingMessage(long StudentId, string? StudentName, string Text, bool IsAdmin = false);
