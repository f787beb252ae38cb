using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Application.Conversations.GetContext;
using TutorBot.Application.Stats.GetStats;
using TutorBot.Application.Students.ListStudents;
using TutorBot.Host.Cli.Output;

namespace TutorBot.Host.Cli;

/// <summary><c>tutorbot admin …</c>: operators' views, each a MediatR query through the bot's own pipeline.</summary>
internal static class AdminCommands
{
    public static Command Create(HostedCommand hosted)
    {
        var admin = new Command("admin", "Inspect the bot's data: statistics, students, conversations.");
        admin.Add(Query(hosted, "stats", "Global figures: students, messages, the busiest students.",
            _ => new GetStatsQuery(), AdminTables.Stats));
        admin.Add(Query(hosted, "students", "One row per student.",
            _ => new ListStudentsQuery(), AdminTables.Students));

        var id = new Argument<long>("ID")
        {
            Description = "The student's id (their Telegram user id).",
            CustomParser = StudentIdParsing.Parse,
        };
        var context = Query(hosted, "context", "A student's stored conversation, oldest first.",
            parse => new GetContextQuery(parse.GetValue(id)), AdminTables.Context);
        context.Add(id);
        admin.Add(context);
        return admin;
    }

    private static Command Query<T>(
        HostedCommand hosted,
        string name,
        string description,
        Func<ParseResult, MediatR.IRequest<T>> request,
        Action<TextWriter, T> writeTable)
    {
        var json = new Option<bool>("--json") { Description = "Write one JSON document to stdout instead of a table." };
        var command = new Command(name, description) { json };
        command.SetAction((parse, ct) => hosted.RunAsync(async (services, token) =>
        {
            var result = await services.GetRequiredService<IServiceScopeFactory>().SendAsync(request(parse), token);
            var output = services.GetRequiredService<CliConsole>().Out;
            if (parse.GetValue(json))
            {
                CliJson.Write(output, result);
            }
            else
            {
                writeTable(output, result);
            }

            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
