namespace TutorBot.Domain.Delivery;

/// <summary>One button of an inline keyboard: the label the student sees and the data sent back when pressed.</summary>
public sealed record OutboxButton(string Label, string Data)
{
    /// <summary>Telegram's limit on callback data, counted in UTF-8 bytes.</summary>
    public const int MaxDataBytes = 64;

    /// <summary>Telegram's limit on the buttons of one inline keyboard.</summary>
    public const int MaxButtons = 100;
}
