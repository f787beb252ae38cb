using MediatR;
using Microsoft.Extensions.Options;
using TutorBot.Application.Common.Options;
using TutorBot.Application.Students.GetStudentStats;

namespace TutorBot.Host.Bot.Commands;

internal sealed class StatsCommand(IMediator mediator, IOptions<LimitsOptions> limits) : IBotCommand
{
    public string Name => "stats";

    public string Description => "Your figures";

    public async Task<BotReply> ExecuteAsync(BotCommandContext context, CancellationToken cancellationToken)
    {
        var stats = await mediator.Send(new GetStudentStatsQuery(context.Message.StudentId), cancellationToken);
        return new BotReply(
            $"Your figures, {stats.DisplayName}:\n" +
            $"Messages in our conversation: {stats.StoredMessages} of {limits.Value.MaxMessagesPerStudent} kept\n" +
            $"Messages ever written: {stats.TotalMessages}\n" +
            $"First seen: {BotText.Time(stats.FirstActivityUtc)}\n" +
            $"Last seen: {BotText.Time(stats.LastActivityUtc)}");
    }
}
