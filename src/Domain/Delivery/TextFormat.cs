namespace TutorBot.Domain.Delivery;

/// <summary>How the text of an outgoing message is to be read by the chat.</summary>
public enum TextFormat
{
    Plain,
    Html,
}
