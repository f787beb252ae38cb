using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NSubstitute;
using TutorBot.Host.Bot;
using TutorBot.Host.Tests.Tutoring;
using TutorBot.Testing;

namespace TutorBot.Host.Tests.Bot;

/// <summary>A command that breaks unexpectedly: the student gets an apology, the operator gets the log.</summary>
public sealed class BotRouterFailureTests
{
    private const string Secret = "connection to 10.0.0.7 refused";

    private TestDatabase _database = null!;
    private PipelineHost _host = null!;
    private ILogger<BotRouter> _logger = null!;

    [SetUp]
    public async Task StartHost()
    {
        _database = TestDatabase.Create();
        _logger = Substitute.For<ILogger<BotRouter>>();
        _logger.IsEnabled(Arg.Any<LogLevel>()).Returns(true);

        // The router finds its commands in DI, so one more registration injects the failure.
        _host = await PipelineHost.StartAsync(_database, configure: services => services
            .AddBot()
            .AddScoped<IBotCommand, FailingCommand>()
            .AddSingleton(_logger));
    }

    [TearDown]
    public async Task StopHost()
    {
        await _host.DisposeAsync();
        _database.Dispose();
    }

    [Test]
    public async Task UnexpectedException_GetsAnApology_NotItsDetails()
    {
        var router = _host.Services.GetRequiredService<BotRouter>();

        var reply = (await router.HandleAsync(new IncomingMessage(5, null, "/fail"), CancellationToken.None)).Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reply.Text, Does.StartWith("Sorry, something went wrong on my side."));
            Assert.That(reply.Text, Does.Not.Contain(Secret).And.Not.Contain(nameof(InvalidOperationException)));
        }
    }

    [Test]
    public async Task UnexpectedException_IsLoggedAsAnError()
    {
        var router = _host.Services.GetRequiredService<BotRouter>();

        await router.HandleAsync(new IncomingMessage(5, null, "/fail"), CancellationToken.None);

        _logger.Received(1).Log(
            LogLevel.Error,
            Arg.Any<EventId>(),
            Arg.Any<Arg.AnyType>(),
            Arg.Is<Exception>(e => e is InvalidOperationException && e.Message == Secret),
            Arg.Any<Func<Arg.AnyType, Exception?, string>>());
    }

    [Test]
    public async Task UnexpectedException_DoesNotBreakTheNextMessage()
    {
        var router = _host.Services.GetRequiredService<BotRouter>();
        await router.HandleAsync(new IncomingMessage(5, null, "/fail"), CancellationToken.None);

        var reply = (await router.HandleAsync(new IncomingMessage(5, null, "a message that is long enough"), CancellationToken.None)).Single();

        Assert.That(reply.Text, Does.StartWith(OfflineTutorText.AnswerStart));
    }

    private sealed class FailingCommand : IBotCommand
    {
        public string Name => "fail";

        public string Description => "Always fails";

        public Task<BotReply> ExecuteAsync(BotCommandContext context, CancellationToken cancellationToken) =>
            throw new InvalidOperationException(Secret);
    }
}
