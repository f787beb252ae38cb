using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TutorBot.Application.Common.Exceptions;
using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Application.Conversations.GetContext;
using TutorBot.Application.Tests.Functional.Support;
using TutorBot.Domain.Conversations;

namespace TutorBot.Application.Tests.Functional;

public sealed class GetContextQueryTests : PipelineTest
{
    private const long StudentId = 42;
    private const long OtherStudentId = 43;

    [Test]
    public async Task GetContext_ReturnsMessagesOldestFirst()
    {
        await StartAsync();
        await RegisterAsync(StudentId);
        await WriteChatAsync(StudentId, 4);

        var context = await SendAsync(new GetContextQuery(StudentId));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(context.StudentId, Is.EqualTo(StudentId));
            Assert.That(context.Messages.Select(m => m.Sequence), Is.EqualTo(new long[] { 1, 2, 3, 4 }));
            Assert.That(context.Messages.Select(m => m.Text), Is.EqualTo(Enumerable.Range(1, 4).Select(n => ChatText(StudentId, n))));
        }
    }

    [Test]
    public async Task GetContext_ReturnsEveryField()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        await StartAsync(configure: services => services.AddSingleton<TimeProvider>(clock));
        await RegisterAsync(StudentId);
        var added = await SendAsync(AddMessageCommand.FromStudent(StudentId, "What is a prime number?", MessageIntent.Question));

        var message = (await SendAsync(new GetContextQuery(StudentId))).Messages.Single();

        Assert.That(message, Is.EqualTo(new ContextMessageDto(
            added.MessageId, 1, MessageRole.User, MessageIntent.Question, "What is a prime number?",
            new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc))));
        Assert.That(message.CreatedAtUtc.Kind, Is.EqualTo(DateTimeKind.Utc));
    }

    [Test]
    public async Task GetContext_WithLimit_ReturnsMostRecentInReadingOrder()
    {
        await StartAsync();
        await RegisterAsync(StudentId);
        await WriteChatAsync(StudentId, 6);

        var context = await SendAsync(new GetContextQuery(StudentId, Limit: 2));

        Assert.That(context.Messages.Select(m => m.Sequence), Is.EqualTo(new long[] { 5, 6 }));
    }

    [Test]
    public async Task GetContext_WithLimitAboveCount_ReturnsEverything()
    {
        await StartAsync();
        await RegisterAsync(StudentId);
        await WriteChatAsync(StudentId, 3);

        var context = await SendAsync(new GetContextQuery(StudentId, Limit: 100));

        Assert.That(context.Messages.Select(m => m.Sequence), Is.EqualTo(new long[] { 1, 2, 3 }));
    }

    [TestCase(0)]
    [TestCase(-5)]
    public async Task GetContext_WhenLimitNotPositive_IsRejected(int limit)
    {
        await StartAsync();
        await RegisterAsync(StudentId);

        var error = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new GetContextQuery(StudentId, limit)));

        Assert.That(error.Errors.Keys, Is.EquivalentTo(new[] { nameof(GetContextQuery.Limit) }));
    }

    [Test]
    public async Task GetContext_NeverReturnsAnotherStudentsMessages()
    {
        await StartAsync();
        await RegisterAsync(StudentId, OtherStudentId);
        for (var n = 1; n <= 3; n++)
        {
            await SendAsync(AddMessageCommand.FromStudent(StudentId, ChatText(StudentId, n)));
            await SendAsync(AddMessageCommand.FromStudent(OtherStudentId, ChatText(OtherStudentId, n)));
        }

        var mine = await SendAsync(new GetContextQuery(StudentId));
        var theirs = await SendAsync(new GetContextQuery(OtherStudentId, Limit: 2));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(mine.Messages.Select(m => m.Text), Is.EqualTo(Enumerable.Range(1, 3).Select(n => ChatText(StudentId, n))));
            Assert.That(theirs.Messages.Select(m => m.Text), Is.EqualTo(new[] { 2, 3 }.Select(n => ChatText(OtherStudentId, n))));
        }
    }

    [Test]
    public async Task GetContext_WhenStudentUnknown_ThrowsNotFound()
    {
        await StartAsync();
        await RegisterAsync(OtherStudentId);

        var error = Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new GetContextQuery(StudentId)));

        Assert.That(error.Key, Is.EqualTo(StudentId));
    }

    [Test]
    public async Task GetContext_WhenStudentHasNoMessages_ReturnsEmptyList()
    {
        await StartAsync();
        await RegisterAsync(StudentId);

        var context = await SendAsync(new GetContextQuery(StudentId));

        Assert.That(context.Messages, Is.Empty);
    }

    [Test]
    public async Task GetContext_WhenStudentIdInvalid_IsRejected()
    {
        await StartAsync();

        var error = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new GetContextQuery(-1)));

        Assert.That(error.Errors.Keys, Is.EquivalentTo(new[] { nameof(GetContextQuery.StudentId) }));
    }
}
