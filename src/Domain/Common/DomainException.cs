namespace TutorBot.Domain.Common;

/// <summary>A business rule of the domain was broken. The message is safe to show to a user.</summary>
public sealed class DomainException(string message) : Exception(message);
