namespace TutorBot.Host.Bot;

/// <summary>A reply to send, with optional buttons (an inline keyboard in Telegram), row by row.</summary>
public sealed record BotReply(string Text, IReadOnlyList<IReadOnlyList<BotButton>>? Buttons = null);

/// <summary>A button; pressing it sends <paramref name="Data"/> back as if the student had typed it.</summary>
public sealed record BotButton(string Label, string Data);
