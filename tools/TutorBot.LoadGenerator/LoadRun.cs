using System.Globalization;
using TutorBot.FakeTelegram;

namespace TutorBot.LoadGenerator;

/// <summary>
/// One load test from start to end: the fake Bot API here, the real bot in its own process, a warm-up, the
/// measured offers, the wait for their replies, the report; then the bot is stopped and its folder removed.
/// </summary>
internal static class LoadRun
{
    /// <summary>Warm-up students are chats far above the measured ones (1…N), so their replies never mix.</summary>
    private const long WarmupFirstChatId = 2_000_000_001;

    private const int WarmupMessagesPerStudent = 3;

    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(60);

    /// <summary>After the last expected reply, how long extra (duplicate) replies are still looked for.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(20);

    public static async Task<int> RunAsync(LoadSettings settings, TextWriter output, TextWriter progress, CancellationToken cancellationToken)
    {
#if DEBUG
        await progress.WriteLineAsync("Warning: a Debug build, and so is the bot beside it: measure with -c Release.");
#endif
        if (settings.ExceedsSlowDownLimit)
        {
            await progress.WriteLineAsync(
                $"Warning: {settings.Messages} messages per student is over the bot's Limits:MessagesPerMinute ({LoadSettings.BotMessagesPerMinute}). " +
                "By design a student over it gets one slow-down reply and the rest are not answered, so this run will report them missing " +
                "unless the messages are spread over more than a minute (--rate) or --bot-arg=--Limits:MessagesPerMinute=<n> raises the limit.");
        }

        string botDll;
        try
        {
            botDll = BotLocation.FindBotDll();
        }
        catch (FileNotFoundException e)
        {
            await progress.WriteLineAsync(e.Message);
            return ExitCodes.Failure;
        }

        var loadAverage = ReadLoadAverage();
        var folder = Directory.CreateTempSubdirectory("tutorbot-load-");
        try
        {
            // Disposed in reverse order: the bot stops before the fake it talks to goes away.
            await using var fake = await FakeBotApi.StartAsync(new FakeBotApiOptions { EnforceLimits = settings.LimitsOn }, cancellationToken);
            await using var bot = StartBot(settings, botDll, fake, folder.FullName);
            await progress.WriteLineAsync($"Fake Bot API at {fake.BaseUrl}; bot process {bot.Id}, log {bot.LogPath}");
            if (!await WaitForPollingAsync(fake, bot, progress))
            {
                return ExitCodes.Failure;
            }

            if (settings.WarmupMessages > 0 && !await WarmUpAsync(settings, fake, bot, progress, cancellationToken))
            {
                return ExitCodes.Failure;
            }

            var report = await MeasureAsync(settings, fake, bot, loadAverage, progress, cancellationToken);
            if (settings.Json)
            {
                ReportWriter.WriteJson(output, report);
            }
            else
            {
                ReportWriter.WriteTable(output, report);
            }

            if (!report.Passed)
            {
                await ShowTailAsync(bot, progress);
            }

            return report.Passed ? ExitCodes.Ok : ExitCodes.Failure;
        }
        finally
        {
            await CleanUpAsync(settings, folder, progress);
        }
    }

    private static BotProcess StartBot(LoadSettings settings, string botDll, FakeBotApi fake, string folder)
    {
        List<string> arguments =
        [
            "run",
            $"--Telegram:BotToken={fake.Token}",
            $"--Telegram:ApiBaseUrl={fake.BaseUrl}",
            $"--ConnectionStrings:TutorBot=Data Source={Path.Combine(folder, "loadtest.db")}",
        ];
        if (!settings.LimitsOn)
        {
            arguments.Add("--Telegram:MessagesPerSecond=0");
            arguments.Add("--Telegram:MessagesPerSecondPerChat=0");
        }

        arguments.AddRange(settings.BotArgs);
        return BotProcess.Start(BotLocation.FindDotnet(), botDll, arguments, folder, Path.Combine(folder, "bot.log"));
    }

    /// <summary>The bot is up once its first long poll waits at the fake (it has started, migrated and called getMe).</summary>
    private static async Task<bool> WaitForPollingAsync(FakeBotApi fake, BotProcess bot, TextWriter progress)
    {
        var polling = fake.WaitForLongPollAsync(StartupTimeout);
        if (await Task.WhenAny(polling, bot.Exited) == polling && polling.IsCompletedSuccessfully)
        {
            return true;
        }

        await progress.WriteLineAsync(bot.HasExited
            ? "The bot exited during start-up."
            : $"The bot did not start polling within {StartupTimeout.TotalSeconds:0} s.");
        await ShowTailAsync(bot, progress);
        return false;
    }

    /// <summary>JIT, connection pools and the database's first pages get warm on students that are not measured.</summary>
    private static async Task<bool> WarmUpAsync(LoadSettings settings, FakeBotApi fake, BotProcess bot, TextWriter progress, CancellationToken cancellationToken)
    {
        var plan = new OfferPlan(WarmupFirstChatId, (settings.WarmupMessages + WarmupMessagesPerStudent - 1) / WarmupMessagesPerStudent, WarmupMessagesPerStudent);
        await progress.WriteLineAsync($"Warm-up: {plan.Students} students × {plan.MessagesPerStudent} messages…");
        var counter = new ReplyCounter(plan.FirstChatId, plan.Students, plan.MessagesPerStudent);
        fake.MessageSent += counter.OnSent;
        try
        {
            await Offering.OfferAsync(fake, plan, rate: 0, cancellationToken);
            if (!await WaitForRepliesAsync(counter, bot, settings.Timeout, cancellationToken))
            {
                await progress.WriteLineAsync(bot.HasExited ? "The bot died during the warm-up." : $"The warm-up was not answered within {settings.Timeout}.");
                await ShowTailAsync(bot, progress);
                return false;
            }
        }
        finally
        {
            fake.MessageSent -= counter.OnSent;
        }

        // Measure from a quiet start: everything read, the bot waiting for news again.
        await fake.WaitForLongPollAsync(StartupTimeout);
        return true;
    }

    private static async Task<LoadReport> MeasureAsync(
        LoadSettings settings, FakeBotApi fake, BotProcess bot, double? loadAverage, TextWriter progress, CancellationToken cancellationToken)
    {
        var plan = new OfferPlan(1, settings.Students, settings.Messages);
        await progress.WriteLineAsync($"Measuring: {settings.Mode}, {plan.Students} students × {plan.MessagesPerStudent} messages…");
        var counter = new ReplyCounter(plan.FirstChatId, plan.Students, plan.MessagesPerStudent);
        var refusalsBefore = fake.RateLimitRefusals;
        var callsBefore = fake.Calls.Count;
        var botCpuBefore = bot.CpuTime;
        var ownCpuBefore = Environment.CpuUsage.TotalTime;
        fake.MessageSent += counter.OnSent;
        bool answered;
        OfferLog offers;
        try
        {
            var replies = WaitForRepliesAsync(counter, bot, settings.Timeout, cancellationToken);
            offers = await Offering.OfferAsync(fake, plan, settings.Rate, cancellationToken);
            answered = await replies;
        }
        finally
        {
            fake.MessageSent -= counter.OnSent;
        }

        // Unknown (null) when the bot has died meanwhile: a dead process's CPU time can no longer be read.
        var botCpu = bot.CpuTime - botCpuBefore;
        var ownCpu = Environment.CpuUsage.TotalTime - ownCpuBefore;
        if (answered)
        {
            await Task.Delay(Settle, cancellationToken);
        }

        var measurement = new Measurement(
            plan,
            offers,
            fake.Offered,
            fake.Sent,
            fake.RateLimitRefusals - refusalsBefore,
            CountCalls(fake.Calls, callsBefore),
            TimedOut: !answered && !bot.HasExited,
            await bot.StopAsync(StopGrace),
            botCpu,
            ownCpu,
            loadAverage);
        return LoadReport.From(settings, measurement);
    }

    /// <summary>The bot's Bot API calls from <paramref name="from"/> on, by method, busiest first.</summary>
    private static Dictionary<string, int> CountCalls(IReadOnlyList<RecordedCall> calls, int from) =>
        calls.Skip(from).GroupBy(c => c.Method).OrderByDescending(g => g.Count()).ToDictionary(g => g.Key, g => g.Count());

    /// <returns>False when the time is up or the bot has died first.</returns>
    private static async Task<bool> WaitForRepliesAsync(ReplyCounter counter, BotProcess bot, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var stopWaiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var deadline = Task.Delay(timeout, stopWaiting.Token);
        var first = await Task.WhenAny(counter.AllReplied, bot.Exited, deadline);
        await stopWaiting.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
        return first == counter.AllReplied;
    }

    private static async Task ShowTailAsync(BotProcess bot, TextWriter progress)
    {
        var tail = bot.Tail();
        if (tail.Count > 0)
        {
            await progress.WriteLineAsync($"Last lines of the bot's log ({bot.LogPath}):");
            foreach (var line in tail)
            {
                await progress.WriteLineAsync("  " + line);
            }
        }
    }

    private static async Task CleanUpAsync(LoadSettings settings, DirectoryInfo folder, TextWriter progress)
    {
        if (settings.Keep)
        {
            await progress.WriteLineAsync($"Kept {folder.FullName} (loadtest.db, bot.log).");
            return;
        }

        try
        {
            folder.Delete(recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await progress.WriteLineAsync($"Could not delete {folder.FullName}: {e.Message}");
        }
    }

    /// <summary>The 1-minute load average, to tell a busy machine from a slow bot; null where /proc is absent.</summary>
    private static double? ReadLoadAverage()
    {
        try
        {
            var first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out var load) ? load : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
