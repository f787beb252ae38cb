using Microsoft.Extensions.DependencyInjection;
using TutorBot.Host.Bot;
using TutorBot.Infrastructure.Persistence;
using TutorBot.Testing;

namespace TutorBot.Host.Tests.Tutoring;

/// <summary>
/// Asking ahead decides that free text is a question and asks the tutor with one read of the open attempt, and the
/// offline tutor reads no conversation; the decision itself is as before.
/// </summary>
public sealed class AskAheadReadsTests
{
    private const long Student = 5;

    private readonly ReadLog _reads = new();
    private TestDatabase _database = null!;
    private PipelineHost _host = null!;
    private BotRouter _router = null!;

    [SetUp]
    public async Task StartHost()
    {
        _database = TestDatabase.Create();
        _host = await PipelineHost.StartAsync(_database, configure: services => services
            .AddBot()
            .ConfigureDbContext<TutorBotDbContext>(options => options.AddInterceptors(_reads)));
        _router = _host.Services.GetRequiredService<BotRouter>();
    }

    [TearDown]
    public async Task StopHost()
    {
        await _host.DisposeAsync();
        _database.Dispose();
    }

    [Test]
    public async Task AskAhead_FreeText_ReadsTheOpenAttemptOnce_AndNoConversation()
    {
        await _router.HandleAsync(new IncomingMessage(Student, null, "an earlier question about fractions"), CancellationToken.None);
        _reads.Clear();

        var asked = await _router.AskAheadAsync(new IncomingMessage(Student, null, "how do I add fractions?"), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(asked?.Question, Is.EqualTo("how do I add fractions?"));
            Assert.That(asked?.Answer.Text, Does.StartWith(OfflineTutorText.AnswerStart));
            Assert.That(_reads.ReadsOf("LessonAttempts"), Is.EqualTo(1));
            Assert.That(_reads.ReadsOf("ConversationMessages"), Is.Zero);
        }
    }

    [Test]
    public async Task AskAhead_FreeTextDuringAnExercise_IsNoQuestion_AfterOneRead()
    {
        await _router.HandleAsync(new IncomingMessage(Student, null, "/lesson 1"), CancellationToken.None);
        _reads.Clear();

        var asked = await _router.AskAheadAsync(new IncomingMessage(Student, null, "3/4"), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(asked, Is.Null);
            Assert.That(_reads.ReadsOf("LessonAttempts"), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task AskAhead_AskCommandDuringAnExercise_IsAQuestion_AfterOneRead()
    {
        await _router.HandleAsync(new IncomingMessage(Student, null, "/lesson 1"), CancellationToken.None);
        _reads.Clear();

        var asked = await _router.AskAheadAsync(new IncomingMessage(Student, null, "/ask what is a denominator?"), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(asked?.Question, Is.EqualTo("what is a denominator?"));
            Assert.That(_reads.ReadsOf("LessonAttempts"), Is.EqualTo(1));
        }
    }
}
