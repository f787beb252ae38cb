namespace TutorBot.Domain.Delivery;

/// <summary>How the handling of an incoming update ended.</summary>
public enum UpdateOutcome
{
    /// <summary>Handled normally, with or without replies.</summary>
    Handled,

    /// <summary>Deliberately not handled, such as an edited message.</summary>
    Ignored,

    /// <summary>Malformed or unusable, such as JSON that is not an update.</summary>
    Rejected,

    /// <summary>Merged into another update's handling, such as one part of a long paste.</summary>
    Joined,
}
