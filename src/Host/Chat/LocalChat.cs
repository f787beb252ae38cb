using Telegram.Bot.Extensions;
using TutorBot.Host.Bot;
using TutorBot.Host.Bot.Lessons;
using TutorBot.Host.Cli;

namespace TutorBot.Host.Chat;

/// <summary>
/// The terminal as a Telegram chat: each line is one incoming message from the student, and the bot's
/// replies are printed. Only an adapter: the <see cref="BotRouter"/> does the work. Whoever sits at the
/// terminal runs the bot, so they are an admin here.
/// </summary>
internal sealed class LocalChat(BotRouter router)
{
    private const string BotPrefix = "bot> ";
    private static readonly string Continuation = new(' ', BotPrefix.Length);

    public async Task<int> RunAsync(long studentId, string? studentName, CliConsole console, CancellationToken cancellationToken)
    {
        if (console.IsInteractive)
        {
            console.Out.WriteLine($"TutorBot local chat as student {studentId}. Type /start to begin, /help for commands, Ctrl+D to leave.");
        }

        while (true)
        {
            if (console.IsInteractive)
            {
                console.Out.Write("you> ");
            }

            string? line;
            try
            {
                // Console reads cannot be cancelled; waiting on the side lets Ctrl+C end the chat at once.
                line = await Task.Run(console.In.ReadLine, cancellationToken).WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return ExitCodes.Ok;
            }

            if (line is null)
            {
                return ExitCodes.Ok;
            }

            // Telegram cannot deliver an empty message, so neither does the terminal.
            if (line.Length == 0)
            {
                continue;
            }

            foreach (var reply in await router.HandleAsync(new IncomingMessage(studentId, studentName, line, IsAdmin: true), cancellationToken))
            {
                Write(console.Out, reply);
            }
        }
    }

    internal static void Write(TextWriter output, BotReply reply)
    {
        var lines = (reply.IsHtml ? HtmlText.ToPlain(reply.Text) : reply.Text).Split('\n');
        output.WriteLine(BotPrefix + lines[0]);
        foreach (var line in lines.Skip(1))
        {
            output.WriteLine(line.Length == 0 ? string.Empty : Continuation + line);
        }

        // An exercise's options are numbered in its text and answered by number: their buttons would only repeat them.
        foreach (var row in (reply.Buttons ?? []).Select(r => r.Where(b => !AnswerButtonData.IsAnswerData(b.Data)).ToList()).Where(r => r.Count > 0))
        {
            output.WriteLine(Continuation + string.Join("  ", row.Select(b => $"[{b.Label}: {b.Data}]")));
        }
    }
}
