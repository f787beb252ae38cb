using MediatR;
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
            $"Busiest: {busiest}");
    }
}
