namespace TutorBot.Host.Bot;

/// <summary>A reply to send, with optional buttons (an inline keyboard in Telegram), row by row.</summary>
/// <param name="IsHtml">The text is Telegram HTML (with every user-supplied part escaped); else plain text.</param>
public sealed record BotReply(string Text, IReadOnlyList<IReadOnlyList<BotButton>>? Buttons = null, bool IsHtml = false);

/// <summary>A button; pressing it sends <paramref name="Data"/> back as if the student had typed it.</summary>
public sealed record BotButton(string Label, string Data);
