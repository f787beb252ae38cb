using TutorBot.Host.Bot.Tutoring;

namespace TutorBot.Host.Bot;

/// <summary>One slash command of the bot. Adding a command is adding one class; the router finds it.</summary>
internal interface IBotCommand
{
    /// <summary>The command word without the slash, in lower case.</summary>
    string Name { get; }

    /// <summary>One line for /help.</summary>
    string Description { get; }

    /// <summary>Only admins may use it; to anyone else it does not exist.</summary>
    bool AdminOnly => false;

    /// <summary>Works but is not listed in /help: what buttons send rather than what people type.</summary>
    bool Hidden => false;

    Task<BotReply> ExecuteAsync(BotCommandContext context, CancellationToken cancellationToken);
}

/// <param name="Arguments">What followed the command word, trimmed.</param>
/// <param name="IsNewStudent">True when this very message registered the student.</param>
/// <param name="Commands">Every command of the bot, for /help.</param>
/// <param name="AskedAhead">The tutor's answer to the message's question, when it was asked before the handling.</param>
internal sealed record BotCommandContext(
    IncomingMessage Message,
    string Arguments,
    string StudentName,
    bool IsNewStudent,
    IReadOnlyList<IBotCommand> Commands,
    AskedAhead? AskedAhead = null);
