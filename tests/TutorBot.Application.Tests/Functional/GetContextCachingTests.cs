using System.Data.Common;
using MediatR;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Application.Conversations.ClearContext;
using TutorBot.Application.Conversations.GetContext;
using TutorBot.Application.Tests.Functional.Support;
using TutorBot.Infrastructure.Persistence;

namespace TutorBot.Application.Tests.Functional;

/// <summary>GetContext reads through the <c>context</c> cache; every committed write to a conversation invalidates it.</summary>
public sealed class GetContextCachingTests : PipelineTest
{
    private const long StudentId = 42;
    private const long OtherStudentId = 43;

    private readonly FailureSwitch _failure = new();

    [Test]
    public async Task GetContext_ReadTwice_IsServedFromTheCacheTheSecondTime()
    {
        await StartWithChatAsync(3);

        var first = await SendAsync(new GetContextQuery(StudentId));
        var second = await SendAsync(new GetContextQuery(StudentId));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(second.Messages, Is.EqualTo(first.Messages));
            Assert.That(ContextFigures(), Is.EqualTo((Hits: 1L, Misses: 1L, Size: 1)));
        }
    }

    [Test]
    public async Task GetContext_WithAnotherLimit_IsCachedApart()
    {
        await StartWithChatAsync(3);

        var all = await SendAsync(new GetContextQuery(StudentId));
        var lastTwo = await SendAsync(new GetContextQuery(StudentId, 2));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(all.Messages.Select(m => m.Sequence), Is.EqualTo(new long[] { 1, 2, 3 }));
            Assert.That(lastTwo.Messages.Select(m => m.Sequence), Is.EqualTo(new long[] { 2, 3 }));
            Assert.That(ContextFigures(), Is.EqualTo((Hits: 0L, Misses: 2L, Size: 2)));
        }
    }

    [Test]
    public async Task GetContext_AfterAddMessage_SeesTheNewMessageUnderEveryLimit()
    {
        await StartWithChatAsync(3);
        await SendAsync(new GetContextQuery(StudentId));
        await SendAsync(new GetContextQuery(StudentId, 2));

        await SendAsync(AddMessageCommand.FromStudent(StudentId, ChatText(StudentId, 4)));

        var all = await SendAsync(new GetContextQuery(StudentId));
        var lastTwo = await SendAsync(new GetContextQuery(StudentId, 2));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(all.Messages.Select(m => m.Sequence), Is.EqualTo(new long[] { 1, 2, 3, 4 }));
            Assert.That(lastTwo.Messages.Select(m => m.Sequence), Is.EqualTo(new long[] { 3, 4 }));
        }
    }

    [Test]
    public async Task GetContext_AfterAddMessageTrims_SeesTheTrimmedConversation()
    {
        await StartAsync(MaxMessagesPerStudent(3));
        await RegisterAsync(StudentId);
        await WriteChatAsync(StudentId, 3);
        await SendAsync(new GetContextQuery(StudentId));

        await SendAsync(AddMessageCommand.FromTutor(StudentId, "A tutor's answer, long enough."));

        var context = await SendAsync(new GetContextQuery(StudentId));
        Assert.That(context.Messages.Select(m => m.Sequence), Is.EqualTo(new long[] { 2, 3, 4 }));
    }

    [Test]
    public async Task GetContext_AfterClearContext_IsEmpty()
    {
        await StartWithChatAsync(3);
        await SendAsync(new GetContextQuery(StudentId));

        await SendAsync(new ClearContextCommand(StudentId));

        Assert.That((await SendAsync(new GetContextQuery(StudentId))).Messages, Is.Empty);
    }

    [Test]
    public async Task GetContext_AfterAWriteOfAnotherStudent_IsStillAHit()
    {
        await StartWithChatAsync(2);
        await RegisterAsync(OtherStudentId);
        await SendAsync(new GetContextQuery(StudentId));

        await SendAsync(AddMessageCommand.FromStudent(OtherStudentId, ChatText(OtherStudentId, 1)));
        await SendAsync(new GetContextQuery(StudentId));

        Assert.That(ContextFigures().Hits, Is.EqualTo(1));
    }

    [Test]
    public async Task GetContext_AfterARolledBackAddMessage_IsUnchangedAndStillCached()
    {
        await StartAsync(configure: services => services
            .AddSingleton(_failure)
            .AddScoped<IPipelineBehavior<AddMessageCommand, AddMessageResult>, FailAfterHandlerBehaviour<AddMessageCommand, AddMessageResult>>());
        await RegisterAsync(StudentId);
        await WriteChatAsync(StudentId, 2);
        var before = await SendAsync(new GetContextQuery(StudentId));
        _failure.Arm();

        Assert.ThrowsAsync<InjectedFailureException>(() => SendAsync(AddMessageCommand.FromStudent(StudentId, "This one is rolled back")));

        var after = await SendAsync(new GetContextQuery(StudentId));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(after.Messages, Is.EqualTo(before.Messages));
            Assert.That(ContextFigures().Hits, Is.EqualTo(1), "the rolled-back write invalidated nothing");
        }
    }

    [Test]
    public async Task GetContext_InsideAnOpenWrite_SeesItsUncommittedMessage_AndCachesNothingOfIt()
    {
        await StartWithChatAsync(2);
        await SendAsync(new GetContextQuery(StudentId));

        // As the Telegram transport does: one transaction around the update, commands inside it, then a rollback.
        var inside = await Host.InScopeAsync(async services =>
        {
            var mediator = services.GetRequiredService<IMediator>();
            await using var update = await services.GetRequiredService<IDatabaseTransactions>().BeginWriteAsync(CancellationToken.None);
            await mediator.Send(AddMessageCommand.FromStudent(StudentId, ChatText(StudentId, 3)));
            return await mediator.Send(new GetContextQuery(StudentId));
        });

        var after = await SendAsync(new GetContextQuery(StudentId));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(inside.Messages.Select(m => m.Sequence), Is.EqualTo(new long[] { 1, 2, 3 }));
            Assert.That(after.Messages.Select(m => m.Sequence), Is.EqualTo(new long[] { 1, 2 }));
            Assert.That(ContextFigures(), Is.EqualTo((Hits: 1L, Misses: 1L, Size: 1)));
        }
    }

    [Test]
    public async Task GetContext_WhenAWriteCommitsWhileItReads_DoesNotCacheTheOldRows()
    {
        var interceptor = new WriteDuringContextRead();
        await StartAsync(configure: services => services.ConfigureDbContext<TutorBotDbContext>(options => options.AddInterceptors(interceptor)));
        await RegisterAsync(StudentId);
        await WriteChatAsync(StudentId, 2);

        // The reader has run its query (its snapshot holds two messages) when another request adds a third and commits.
        interceptor.Arm(() => SendAsync(AddMessageCommand.FromStudent(StudentId, ChatText(StudentId, 3))));
        var during = await SendAsync(new GetContextQuery(StudentId));
        var after = await SendAsync(new GetContextQuery(StudentId));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(interceptor.Fired, Is.True);
            Assert.That(during.Messages.Select(m => m.Sequence), Is.EqualTo(new long[] { 1, 2 }), "read before the write committed");
            Assert.That(after.Messages.Select(m => m.Sequence), Is.EqualTo(new long[] { 1, 2, 3 }));
        }
    }

    private async Task StartWithChatAsync(int messages)
    {
        await StartAsync();
        await RegisterAsync(StudentId);
        await WriteChatAsync(StudentId, messages);
    }

    private (long Hits, long Misses, int Size) ContextFigures()
    {
        var figures = Host.Services.GetRequiredService<ICacheFigures>().Snapshot().Single(c => c.Name == "context");
        return (figures.Hits, figures.Misses, figures.Size);
    }

    /// <summary>Once armed, runs a write right after the next conversation read has started reading, before it returns.</summary>
    private sealed class WriteDuringContextRead : DbCommandInterceptor
    {
        private Func<Task>? _write;

        public bool Fired { get; private set; }

        public void Arm(Func<Task> write) => _write = write;

        public override async ValueTask<DbDataReader> ReaderExecutedAsync(
            DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("FROM \"ConversationMessages\"", StringComparison.Ordinal)
                && command.CommandText.Contains("ORDER BY", StringComparison.Ordinal)
                && Interlocked.Exchange(ref _write, null) is { } write)
            {
                await write();
                Fired = true;
            }

            return await base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
        }
    }
}
