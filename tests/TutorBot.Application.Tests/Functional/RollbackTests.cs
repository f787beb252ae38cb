using MediatR;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Application.Conversations.ClearContext;
using TutorBot.Application.Students.RegisterStudent;
using TutorBot.Application.Tests.Functional.Support;
using TutorBot.Infrastructure.Persistence;
using TutorBot.Testing;

namespace TutorBot.Application.Tests.Functional;

/// <summary>A command that fails after writing leaves nothing behind (SPEC §5).</summary>
public sealed class RollbackTests : PipelineTest
{
    private const long StudentId = 42;
    private const string FailedText = "This message must never be stored";

    private FailureSwitch _failure = null!;

    [SetUp]
    public void CreateFailureSwitch() => _failure = new FailureSwitch();

    [Test]
    public async Task AddMessage_WhenFailingAfterHandlerWrote_LeavesNoMessage()
    {
        await StartWithFailingBehaviourAsync<AddMessageCommand, AddMessageResult>();
        await RegisterAsync(StudentId);
        await WriteChatAsync(StudentId, 2);
        _failure.Arm();

        Assert.ThrowsAsync<InjectedFailureException>(() => SendAsync(AddMessageCommand.FromStudent(StudentId, FailedText)));

        AssertConversationIs(1, 2);
        Assert.That(_failure.Fired, Is.EqualTo(1), "the failure was injected after the handler ran");
    }

    [Test]
    public async Task AddMessage_WhenFailingAfterInsertAndTrim_RestoresTrimmedMessages()
    {
        await StartWithFailingBehaviourAsync<AddMessageCommand, AddMessageResult>(MaxMessagesPerStudent(2));
        await RegisterAsync(StudentId);
        await WriteChatAsync(StudentId, 2);
        _failure.Arm();

        Assert.ThrowsAsync<InjectedFailureException>(() => SendAsync(AddMessageCommand.FromStudent(StudentId, FailedText)));

        AssertConversationIs(1, 2);
    }

    [Test]
    public async Task AddMessage_WhenTrimmingDeleteFails_LeavesNoInsertedMessage()
    {
        var interceptor = await StartWithFailingTrimAfterThreeMessagesAsync();

        Assert.ThrowsAsync<InjectedFailureException>(() => SendAsync(AddMessageCommand.FromStudent(StudentId, FailedText)));

        Assert.That(interceptor.InsertsBeforeFailure, Is.EqualTo(4), "the new message's INSERT ran before the DELETE failed");
        AssertConversationIs(1, 2, 3);
    }

    [Test]
    public async Task ClearContext_WhenFailingAfterDelete_RestoresMessages()
    {
        await StartWithFailingBehaviourAsync<ClearContextCommand, int>();
        await RegisterAsync(StudentId);
        await WriteChatAsync(StudentId, 3);
        _failure.Arm();

        Assert.ThrowsAsync<InjectedFailureException>(() => SendAsync(new ClearContextCommand(StudentId)));

        AssertConversationIs(1, 2, 3);
    }

    [Test]
    public async Task RegisterStudent_WhenFailingAfterInsert_LeavesNoStudent()
    {
        await StartWithFailingBehaviourAsync<RegisterStudentCommand, RegisterStudentResult>();
        _failure.Arm();

        Assert.ThrowsAsync<InjectedFailureException>(() => SendAsync(new RegisterStudentCommand(StudentId, "Ada")));

        Assert.That(Database.StudentCount(), Is.Zero);
    }

    [Test]
    public async Task AddMessage_AfterAFailedCommand_SucceedsWithoutResavingIt()
    {
        await StartWithFailingBehaviourAsync<AddMessageCommand, AddMessageResult>();
        await RegisterAsync(StudentId);
        await WriteChatAsync(StudentId, 2);
        _failure.Arm();
        Assert.ThrowsAsync<InjectedFailureException>(() => SendAsync(AddMessageCommand.FromStudent(StudentId, FailedText)));

        var next = await SendAsync(AddMessageCommand.FromStudent(StudentId, ChatText(StudentId, 3)));

        Assert.That(next.Sequence, Is.EqualTo(3));
        AssertConversationIs(1, 2, 3);
    }

    [Test]
    public async Task AddMessage_AfterAFailedCommandInTheSameScope_SucceedsWithoutResavingIt()
    {
        await StartWithFailingBehaviourAsync<AddMessageCommand, AddMessageResult>();
        await RegisterAsync(StudentId);
        await WriteChatAsync(StudentId, 2);
        _failure.Arm();

        // One scope, one DbContext for both commands: the failed one's tracked entities must not survive it.
        var next = await Host.InScopeAsync(async services =>
        {
            var mediator = services.GetRequiredService<IMediator>();
            Assert.ThrowsAsync<InjectedFailureException>(() => mediator.Send(AddMessageCommand.FromStudent(StudentId, FailedText)));
            return await mediator.Send(AddMessageCommand.FromStudent(StudentId, ChatText(StudentId, 3)));
        });

        Assert.That(next.Sequence, Is.EqualTo(3));
        AssertConversationIs(1, 2, 3);
    }

    [Test]
    public async Task AddMessage_AfterAFailedTrim_TrimsNormally()
    {
        await StartWithFailingTrimAfterThreeMessagesAsync();
        Assert.ThrowsAsync<InjectedFailureException>(() => SendAsync(AddMessageCommand.FromStudent(StudentId, FailedText)));

        var next = await SendAsync(AddMessageCommand.FromStudent(StudentId, ChatText(StudentId, 4)));

        Assert.That((next.Sequence, next.ContextSize), Is.EqualTo((4L, 3)));
        AssertConversationIs(2, 3, 4);
    }

    private Task<PipelineHost> StartWithFailingBehaviourAsync<TRequest, TResponse>(
        IReadOnlyDictionary<string, string?>? settings = null)
        where TRequest : IRequest<TResponse> =>
        StartAsync(settings, services => services
            .AddSingleton(_failure)
            .AddScoped<IPipelineBehavior<TRequest, TResponse>, FailAfterHandlerBehaviour<TRequest, TResponse>>());

    /// <summary>Three messages stored with room for three, and the next trimming DELETE armed to fail.</summary>
    private async Task<FailingTrimInterceptor> StartWithFailingTrimAfterThreeMessagesAsync()
    {
        var interceptor = new FailingTrimInterceptor(_failure);
        await StartAsync(
            MaxMessagesPerStudent(3),
            services => services.ConfigureDbContext<TutorBotDbContext>(options => options.AddInterceptors(interceptor)));
        await RegisterAsync(StudentId);
        await WriteChatAsync(StudentId, 3);
        _failure.Arm();
        return interceptor;
    }

    /// <summary>The stored conversation is exactly these <see cref="PipelineTest.ChatText"/> messages, and nothing was ever added.</summary>
    private void AssertConversationIs(params long[] numbers)
    {
        var rows = Database.Messages(StudentId);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows.Select(r => r.Sequence), Is.EqualTo(numbers));
            Assert.That(rows.Select(r => r.Text), Is.EqualTo(numbers.Select(n => ChatText(StudentId, n))));
            Assert.That(Database.MessageCount(), Is.EqualTo(numbers.Length));
            Assert.That(Database.LastMessageSequence(StudentId), Is.EqualTo(numbers[^1]));
        }
    }
}
