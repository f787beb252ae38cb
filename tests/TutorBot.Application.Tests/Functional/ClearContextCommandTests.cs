using TutorBot.Application.Common.Exceptions;
using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Application.Conversations.ClearContext;
using TutorBot.Application.Conversations.GetContext;
using TutorBot.Application.Tests.Functional.Support;

namespace TutorBot.Application.Tests.Functional;

public sealed class ClearContextCommandTests : PipelineTest
{
    private const long StudentId = 42;
    private const long OtherStudentId = 43;

    [Test]
    public async Task ClearContext_RemovesAllMessagesAndReturnsCount()
    {
        await StartAsync();
        await RegisterAsync(StudentId);
        await WriteChatAsync(StudentId, 4);

        var removed = await SendAsync(new ClearContextCommand(StudentId));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(removed, Is.EqualTo(4));
            Assert.That((await SendAsync(new GetContextQuery(StudentId))).Messages, Is.Empty);
            Assert.That(Database.Messages(StudentId), Is.Empty);
        }
    }

    [Test]
    public async Task ClearContext_LeavesOtherStudentsUntouched()
    {
        await StartAsync();
        await RegisterAsync(StudentId, OtherStudentId);
        await WriteChatAsync(StudentId, 2);
        await WriteChatAsync(OtherStudentId, 3);
        var before = Database.Messages(OtherStudentId);

        await SendAsync(new ClearContextCommand(StudentId));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Database.Messages(OtherStudentId).Select(r => (r.Id, r.Sequence, r.Text)),
                Is.EqualTo(before.Select(r => (r.Id, r.Sequence, r.Text))));
            Assert.That(Database.LastMessageSequence(OtherStudentId), Is.EqualTo(3));
        }
    }

    [Test]
    public async Task ClearContext_KeepsSequenceSoNextMessageContinuesIt()
    {
        await StartAsync();
        await RegisterAsync(StudentId);
        await WriteChatAsync(StudentId, 3);

        await SendAsync(new ClearContextCommand(StudentId));
        var next = await SendAsync(AddMessageCommand.FromStudent(StudentId, ChatText(StudentId, 4)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(next.Sequence, Is.EqualTo(4));
            Assert.That(next.ContextSize, Is.EqualTo(1));
            Assert.That(Database.LastMessageSequence(StudentId), Is.EqualTo(4));
        }
    }

    [Test]
    public async Task ClearContext_WhenNothingStored_ReturnsZero()
    {
        await StartAsync();
        await RegisterAsync(StudentId);

        Assert.That(await SendAsync(new ClearContextCommand(StudentId)), Is.Zero);
    }

    [Test]
    public async Task ClearContext_WhenStudentUnknown_ThrowsNotFoundAndChangesNothing()
    {
        await StartAsync();
        await RegisterAsync(OtherStudentId);
        await WriteChatAsync(OtherStudentId, 2);

        var error = Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new ClearContextCommand(StudentId)));

        Assert.That(error.Key, Is.EqualTo(StudentId));
        Assert.That(Database.MessageCount(), Is.EqualTo(2));
    }

    [Test]
    public async Task ClearContext_WhenStudentIdInvalid_IsRejected()
    {
        await StartAsync();

        var error = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new ClearContextCommand(0)));

        Assert.That(error.Errors.Keys, Is.EquivalentTo(new[] { nameof(ClearContextCommand.StudentId) }));
    }
}
