using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace TutorBot.LoadGenerator;

/// <summary>The command line: options, their checks and the help text. The run itself is <see cref="LoadRun"/>.</summary>
internal static class LoadCommand
{
    /// <summary>Measured students are chats 1…N; warm-up students live far above them.</summary>
    private const int MaxStudents = 1_000_000;

    public static async Task<int> RunAsync(string[] args)
    {
        var students = new Option<int>("--students", "-n")
        {
            Description = "Students writing to the bot; each is one private chat, chat id = student id = 1…N.",
            DefaultValueFactory = _ => 1000,
        };
        students.Validators.Add(result => InRange(result, result.GetValueOrDefault<int>(), 1, MaxStudents));

        var messages = new Option<int>("--messages", "-m")
        {
            Description = $"Free-text messages per student; each gets exactly one reply. Keep it ≤ {LoadSettings.BotMessagesPerMinute}: " +
                $"past Limits:MessagesPerMinute ({LoadSettings.BotMessagesPerMinute}) a student gets one slow-down reply and no answers, by design.",
            DefaultValueFactory = _ => 10,
        };
        messages.Validators.Add(result => InRange(result, result.GetValueOrDefault<int>(), 1, 10_000));

        var rate = new Option<double>("--rate", "-r")
        {
            Description = "Updates offered per second, open loop (paced by a timer, whatever the bot does); 0 = all at once, as fast as possible.",
            DefaultValueFactory = _ => 0,
        };
        rate.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is < 0 or double.NaN or double.PositiveInfinity)
            {
                result.AddError("--rate must be 0 (as fast as possible) or a positive number of updates per second.");
            }
        });

        var limits = new Option<string>("--limits")
        {
            Description = "off: the fake accepts any rate and the bot runs with Telegram:MessagesPerSecond=0 and MessagesPerSecondPerChat=0. " +
                $"on: the fake answers 429 above {LoadSettings.TelegramMessagesPerSecond}/s overall or {LoadSettings.TelegramMessagesPerSecondPerChat}/s per chat, " +
                "and the bot keeps its own limits (defaults 30 and 1).",
            DefaultValueFactory = _ => "off",
        };
        limits.AcceptOnlyFromAmong("off", "on");

        var timeout = new Option<TimeSpan>("--timeout")
        {
            Description = "How long to wait for all replies, from the first offer: seconds (300), with a unit (90s, 5m) or hh:mm:ss.",
            DefaultValueFactory = _ => TimeSpan.FromMinutes(5),
            CustomParser = ParseDuration,
        };

        var warmup = new Option<int?>("--warmup")
        {
            Description = "Messages from separate warm-up students (3 each) before the measured run, until all are answered; not measured. " +
                $"Default {LoadSettings.WarmupWithoutLimits} ({LoadSettings.WarmupWithLimits} with --limits on, where replies come at 30/s); 0 skips it.",
        };
        warmup.Validators.Add(result => InRange(result, result.GetValueOrDefault<int?>() ?? 0, 0, 100_000));

        var json = new Option<bool>("--json") { Description = "Write the results as one JSON document on stdout instead of a table (progress stays on stderr)." };
        var keep = new Option<bool>("--keep") { Description = "Keep the temporary folder (the bot's database and log) instead of deleting it." };
        var botArgs = new Option<string[]>("--bot-arg")
        {
            Description = "Passed to 'tutorbot run' after the generator's own settings, so it wins; repeatable. " +
                "Write it with '=': --bot-arg=--Telegram:MaxConcurrentChats=32",
            DefaultValueFactory = _ => [],
            Arity = ArgumentArity.ZeroOrMore,
        };

        var root = new RootCommand(
            "End-to-end load test of TutorBot: starts a fake Telegram Bot API in this process, runs the real bot " +
            "('dotnet tutorbot.dll run', a separate process with its own SQLite file in a temporary folder) against it, " +
            "has N students send M free-text messages each, and measures each update from the moment getUpdates hands it " +
            "to the bot until the bot's reply reaches the fake. Prints offered/replied/missing counts, throughput, latency " +
            "percentiles, 429 refusals, CPU used and the bot's exit status. " +
            "Exit code 0 when every message got exactly one reply and the bot stayed up; 1 otherwise; 2 on bad usage.")
        {
            students,
            messages,
            rate,
            limits,
            timeout,
            warmup,
            json,
            keep,
            botArgs,
        };
        root.SetAction((parse, ct) => LoadRun.RunAsync(
            new LoadSettings(
                parse.GetValue(students),
                parse.GetValue(messages),
                parse.GetValue(rate),
                parse.GetValue(limits) == "on",
                parse.GetValue(timeout),
                parse.GetValue(warmup) ?? (parse.GetValue(limits) == "on" ? LoadSettings.WarmupWithLimits : LoadSettings.WarmupWithoutLimits),
                parse.GetValue(json),
                parse.GetValue(keep),
                parse.GetValue(botArgs) ?? []),
            Console.Out,
            Console.Error,
            ct));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await Console.Error.WriteLineAsync(error.Message);
            }

            await Console.Error.WriteLineAsync("Run with --help for usage.");
            return ExitCodes.Usage;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration
        {
            // Ctrl+C cancels the run; stopping the bot and deleting the folder needs a moment after that.
            ProcessTerminationTimeout = TimeSpan.FromSeconds(30),
        });
    }

    private static void InRange(OptionResult result, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            result.AddError($"{result.Option.Name} must be between {min} and {max}, not {value}.");
        }
    }

    private static TimeSpan ParseDuration(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value.Trim() : string.Empty;
        var (number, unit) = text.EndsWith('m') ? (text[..^1], 60.0) : text.EndsWith('s') ? (text[..^1], 1.0) : (text, 1.0);
        if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return TimeSpan.FromSeconds(value * unit);
        }

        if (text.Contains(':', StringComparison.Ordinal) && TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) && span > TimeSpan.Zero)
        {
            return span;
        }

        result.AddError($"'{text}' is not a duration: use seconds (300), 90s, 5m or hh:mm:ss.");
        return TimeSpan.Zero;
    }
}
