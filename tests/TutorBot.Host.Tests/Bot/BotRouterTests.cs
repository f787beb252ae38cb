using Microsoft.Extensions.DependencyInjection;
using TutorBot.Host.Bot;
using TutorBot.Host.Bot.Commands;
using TutorBot.Host.Tests.Tutoring;

namespace TutorBot.Host.Tests.Bot;

/// <summary>The router as the composition root wires it: real commands, real pipeline, a real database file.</summary>
public sealed class BotRouterTests
{
    private RouterHost _host = null!;

    [SetUp]
    public async Task StartHost() => _host = await RouterHost.StartAsync();

    [TearDown]
    public async Task StopHost() => await _host.DisposeAsync();

    [Test]
    public async Task Start_WelcomesWithTheMenu()
    {
        var reply = (await SendAsync("/start")).Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reply.IsHtml, Is.True);
            Assert.That(reply.Text, Does.StartWith("<b>Welcome, Student 5!</b>"));
            Assert.That(reply.Buttons, Is.EqualTo(StartCommand.Menu));
        }
    }

    [Test]
    public async Task Start_MenuButtons_AreCommandsTheBotKnows()
    {
        var reply = (await SendAsync("/start")).Single();

        foreach (var button in reply.Buttons!.SelectMany(row => row))
        {
            var answer = await SendAsync(button.Data);
            Assert.That(answer[0].Text, Does.Not.StartWith("I don't know"), button.Label);
        }
    }

    [Test]
    public async Task Start_Again_WelcomesBackUnderTheNewName()
    {
        await SendAsync("/start");

        var reply = (await SendAsync("/start", "Ada")).Single();

        Assert.That(reply.Text, Does.StartWith("<b>Welcome back, Ada!</b>"));
    }

    [Test]
    public async Task Help_ListsEveryRegisteredCommand()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var commands = scope.ServiceProvider.GetServices<IBotCommand>().ToList();

        var help = (await SendAsync("/Help@TutorBot")).Single();

        Assert.That(commands.Select(c => c.Name), Is.SupersetOf(new[] { "start", "help", "context", "reset", "stats", "admin", "lessons", "lesson", "hint", "cancel", "progress", "answer" }));
        Assert.That(commands.Where(c => !c.AdminOnly && !c.Hidden), Has.All.Matches<IBotCommand>(c => help.Text.Contains($"/{c.Name} - {c.Description}", StringComparison.Ordinal)),
            help.Text);
        Assert.That(help.Text, Does.Not.Contain("/admin"), "admin commands are not shown to students");
        Assert.That(help.Text, Does.Not.Contain("/answer"), "what buttons send is not for typing");
    }

    [Test]
    public async Task AdminCommand_IsForAdminsOnly()
    {
        var asStudent = await SendAsync("/admin");
        var asAdmin = await _host.Router.HandleAsync(new IncomingMessage(5, null, "/admin", IsAdmin: true), CancellationToken.None);
        var adminHelp = await _host.Router.HandleAsync(new IncomingMessage(5, null, "/help", IsAdmin: true), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(asStudent[0].Text, Is.EqualTo("I don't know the command /admin."));
            Assert.That(asAdmin.Single().Text, Does.StartWith("TutorBot figures").And.Contain("Students: 1"));
            Assert.That(asAdmin.Single().Text, Does.Contain("AI model: 0 answers, 0 tokens").And.Contain("Cache context: "));
            Assert.That(adminHelp.Single().Text, Does.Contain("/admin - "));
        }
    }

    [Test]
    public async Task UnknownCommand_IsNamedAndFollowedByHelp()
    {
        var replies = await SendAsync("/Frobnicate please");

        Assert.That(replies.Select(r => r.Text), Is.EqualTo(new[]
        {
            "I don't know the command /frobnicate.",
            (await SendAsync("/help")).Single().Text,
        }));
    }

    [Test]
    public async Task FreeText_IsAnsweredByTheTutor_AndQuestionAndAnswerAreStored()
    {
        var reply = (await SendAsync("what is a common denominator?")).Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reply.Text, Does.StartWith(OfflineTutorText.AnswerStart).And.Contain("send /lesson 1"));
            Assert.That(_host.Database.Scalar("SELECT COUNT(*) FROM ConversationMessages WHERE StudentId = 5 AND Intent = 'question'"), Is.EqualTo(1));
            Assert.That(_host.Database.Scalar("SELECT COUNT(*) FROM ConversationMessages WHERE StudentId = 5 AND Role = 'assistant'"), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task TooLongText_GetsTheLimit_AndIsNotStored()
    {
        var reply = (await SendAsync(new string('x', 5001))).Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reply.Text, Does.Contain("too long").And.Contain("5000"));
            Assert.That(_host.Database.Scalar("SELECT COUNT(*) FROM ConversationMessages"), Is.Zero);
        }
    }

    private Task<IReadOnlyList<BotReply>> SendAsync(string text, string? name = null) => _host.SendAsync(5, text, name);
}
