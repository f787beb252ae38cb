using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Application.Conversations.GetContext;
using TutorBot.Application.Lessons;
using TutorBot.Application.Stats.GetStats;
using TutorBot.Application.Students.ListStudents;
using TutorBot.Host.Cli.Output;

namespace TutorBot.Host.Cli;

/// <summary><c>tutorbot admin …</c>: operators' views, each a MediatR query through the bot's own pipeline.</summary>
internal static class AdminCommands
{
    public static Command Create(HostedCommand hosted)
    {
        var admin = new Command("admin", "Inspect the bot's data: statistics, students, conversations, lessons and grades.");
        admin.Add(Query(hosted, "stats", "Global figures: students, messages, lessons started, graded and passed, the busiest students.",
            _ => new GetStatsQuery(), AdminTables.Stats));
        admin.Add(Query(hosted, "students", "One row per student.",
            _ => new ListStudentsQuery(), AdminTables.Students));
        admin.Add(StudentQuery(hosted, "context", "A student's stored conversation, oldest first.",
            id => new GetContextQuery(id), AdminTables.Context));
        admin.Add(StudentQuery(hosted, "progress",
            "A student's lessons (state, attempts, best grade) and every attempt (dates, answered, score, letter, passed).",
            id => new GetProgressQuery(id), LessonTables.Progress));
        admin.Add(Query(hosted, "lessons",
            "The course, lesson by lesson: students who started and completed it, pass rate, average best score, and the " +
            "exercise answered right on the first try least often.",
            _ => new GetLessonStatsQuery(), LessonTables.Lessons));
        return admin;
    }

    /// <summary>A query about one student, named by the ID argument; an unknown id exits with 2.</summary>
    private static Command StudentQuery<T>(
        HostedCommand hosted,
        string name,
        string description,
        Func<long, MediatR.IRequest<T>> request,
        Action<TextWriter, T> writeTable)
    {
        var id = new Argument<long>("ID")
        {
            Description = "The student's id (their Telegram user id).",
            CustomParser = StudentIdParsing.Parse,
        };
        var command = Query(hosted, name, description, parse => request(parse.GetValue(id)), writeTable);
        command.Add(id);
        return command;
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
