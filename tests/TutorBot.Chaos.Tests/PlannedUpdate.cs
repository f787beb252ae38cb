namespace TutorBot.Chaos.Tests;

/// <summary>What a student does: types <see cref="Content"/>, or taps a button whose callback data it is.</summary>
internal sealed record PlannedUpdate(long ChatId, bool IsButton, string Content);

/// <summary>A student of the chaos run: what they send, in order, and what their stored conversation must then be.</summary>
internal interface IChaosStudent
{
    long ChatId { get; }

    IReadOnlyList<PlannedUpdate> Updates { get; }

    /// <summary>As <see cref="ChaosDatabase.Conversation"/> shows it.</summary>
    IReadOnlyList<string> ExpectedConversation { get; }
}
