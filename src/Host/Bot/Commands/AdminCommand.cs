using MediatR;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Stats.GetStats;

namespace TutorBot.Host.Bot.Commands;

/// <summary>The operators' figures in chat: only for Telegram:AdminUserIds (and the terminal's operator).</summary>
internal sealed class AdminCommand(IMediator mediator) : IBotCommand
{
    public string Name => "admin";

    public string Description => "Figures for the whole bot (admins only)";

    public bool AdminOnly => true;

    public async Task<BotReply> ExecuteAsync(BotCommandContext context, CancellationToken cancellationToken)
    {
        var stats = await mediator.Send(new GetStatsQuery(BusiestCount: 3), cancellationToken);
        var busiest = stats.BusiestStudents.Count == 0
            ? "nobody yet"
            : string.Join(", ", stats.BusiestStudents.Select(s => $"{s.DisplayName} ({s.TotalMessages})"));
        return new BotReply(
            $"TutorBot figures at {BotText.Time(stats.GeneratedAtUtc)}:\n" +
            $"Students: {stats.Students}\n" +
            $"Messages kept: {stats.MessagesStored}; ever written: {stats.MessagesAllTime}; last 24 h: {stats.MessagesLast24Hours}\n" +
            $"Busiest: {busiest}\n" +
            $"AI model: {stats.Tutor.Answers} answers, {stats.Tutor.InputTokens + stats.Tutor.OutputTokens} tokens; today {stats.Tutor.AnswersToday} answers, {stats.Tutor.TokensToday} tokens" +
            // The bot's own caches once it has used them; until then, the figures it last published (see StatsDto.Caches).
            string.Concat(stats.Caches.Select(c => $"\nCache {c.Name}: {c.Size}/{c.Capacity} entries, {HitRate(c)}, {c.Evictions} evicted{AsOf(c)}")));
    }

    private static string AsOf(CacheFiguresDto cache) =>
        cache.PublishedAtUtc is { } at ? $" (as published at {BotText.Time(at)})" : string.Empty;

    private static string HitRate(CacheFiguresDto cache) =>
        cache.HitRate is { } rate ? $"{rate:P1} hits of {cache.Hits + cache.Misses} lookups" : "no lookups yet";
}
