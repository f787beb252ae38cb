using System.Text;
using TutorBot.Application.Common.Exceptions;
using TutorBot.Application.Conversations;
using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Application.Conversations.GetContext;
using TutorBot.Application.Students.GetStudentStats;
using TutorBot.Application.Tests.Functional.Support;
using TutorBot.Domain.Conversations;

namespace TutorBot.Application.Tests.Functional;

public sealed class AddMessageCommandTests : PipelineTest
{
    private const long StudentId = 42;

    [Test]
    public async Task AddMessage_StoresTextExactly()
    {
        await StartAsync();
        await RegisterAsync(StudentId);
        const string text = "  How do I solve 2x + 3 = 7?\nI tried\tsubtracting.  ";

        var result = await SendAsync(AddMessageCommand.FromStudent(StudentId, text, MessageIntent.Question));

        var context = await SendAsync(new GetContextQuery(StudentId));
        var rows = Database.Messages(StudentId);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result, Is.EqualTo(new AddMessageResult(rows.Single().Id, Sequence: 1, ContextSize: 1)));
            Assert.That(context.Messages.Single().Text, Is.EqualTo(text));
            Assert.That(context.Messages.Single().Role, Is.EqualTo(MessageRole.User));
            Assert.That(context.Messages.Single().Intent, Is.EqualTo(MessageIntent.Question));
            Assert.That(rows.Single().TextUtf8, Is.EqualTo(Encoding.UTF8.GetBytes(text)));
        }
    }

    [Test]
    public async Task AddMessage_ReturnsNextSequenceAndContextSize()
    {
        await StartAsync();
        await RegisterAsync(StudentId);

        var first = await SendAsync(AddMessageCommand.FromStudent(StudentId, ChatText(StudentId, 1)));
        var second = await SendAsync(AddMessageCommand.FromTutor(StudentId, "A reply from the tutor."));

        var rows = Database.Messages(StudentId);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(first, Is.EqualTo(new AddMessageResult(rows[0].Id, 1, 1)));
            Assert.That(second, Is.EqualTo(new AddMessageResult(rows[1].Id, 2, 2)));
            Assert.That(Database.LastMessageSequence(StudentId), Is.EqualTo(2));
        }
    }

    [Test]
    public async Task AddMessage_WhenStudentUnknown_ThrowsNotFoundAndStoresNothing()
    {
        await StartAsync();

        var error = Assert.ThrowsAsync<NotFoundException>(
            () => SendAsync(AddMessageCommand.FromStudent(StudentId, ChatText(StudentId, 1))));

        Assert.That(error.Key, Is.EqualTo(StudentId));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Database.MessageCount(), Is.Zero);
            Assert.That(Database.StudentCount(), Is.Zero, "an unknown student is not registered on the way");
        }
    }

    private static IEnumerable<TestCaseData> InvalidTexts()
    {
        yield return new TestCaseData("too short", MessageTextProblem.TooShort).SetName("{m}(TooShort)");
        yield return new TestCaseData("   short    ", MessageTextProblem.TooShort).SetName("{m}(TooShortOncePaddingIsTrimmed)");
        yield return new TestCaseData("", MessageTextProblem.Empty).SetName("{m}(Empty)");
        yield return new TestCaseData(" \n\t  \n ", MessageTextProblem.Empty).SetName("{m}(WhitespaceOnly)");
        yield return new TestCaseData("Hello there\u0007, tutor", MessageTextProblem.ControlCharacters).SetName("{m}(Bell)");
        yield return new TestCaseData("Hello there\r\nmy tutor", MessageTextProblem.ControlCharacters).SetName("{m}(CarriageReturn)");
        yield return new TestCaseData("Hello there\0 my tutor", MessageTextProblem.ControlCharacters).SetName("{m}(Nul)");
        yield return new TestCaseData(new string('x', 5001), MessageTextProblem.TooLong).SetName("{m}(5001Characters)");
        yield return new TestCaseData("Broken \uD83D surrogate text", MessageTextProblem.InvalidUnicode).SetName("{m}(LoneSurrogate)");
    }

    [TestCaseSource(nameof(InvalidTexts))]
    public async Task AddMessage_WhenTextInvalid_IsRejectedWithTextMessageAndStoresNothing(string text, MessageTextProblem problem)
    {
        await StartAsync();
        await RegisterAsync(StudentId);

        var error = Assert.ThrowsAsync<ValidationException>(() => SendAsync(AddMessageCommand.FromStudent(StudentId, text)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Errors.Keys, Is.EquivalentTo(new[] { nameof(AddMessageCommand.Text) }));
            Assert.That(error.Errors[nameof(AddMessageCommand.Text)],
                Is.EqualTo(new[] { MessageTextFeedback.Describe(problem, ConversationLimits.Default, text) }));
            Assert.That(Database.MessageCount(), Is.Zero);
            Assert.That(Database.LastMessageSequence(StudentId), Is.Zero);
        }
    }

    [Test]
    public async Task AddMessage_WhenStudentIdInvalid_IsRejectedWithStudentIdMessage()
    {
        await StartAsync();

        var error = Assert.ThrowsAsync<ValidationException>(() => SendAsync(AddMessageCommand.FromStudent(0, ChatText(0, 1))));

        Assert.That(error.Errors.Keys, Is.EquivalentTo(new[] { nameof(AddMessageCommand.StudentId) }));
        Assert.That(Database.MessageCount(), Is.Zero);
    }

    [Test]
    public async Task AddMessage_WithExactlyMaxLength_IsStored()
    {
        await StartAsync();
        await RegisterAsync(StudentId);
        var text = new string('x', 5000);

        await SendAsync(AddMessageCommand.FromStudent(StudentId, text));

        Assert.That(Database.Messages(StudentId).Single().Text, Is.EqualTo(text));
    }

    [Test]
    public async Task AddMessage_WhenOverMessageLimit_KeepsNewestInOrder()
    {
        await StartAsync(MaxMessagesPerStudent(3));
        await RegisterAsync(StudentId);

        var results = new List<AddMessageResult>();
        for (var n = 1; n <= 5; n++)
        {
            results.Add(await SendAsync(AddMessageCommand.FromStudent(StudentId, ChatText(StudentId, n))));
        }

        var context = await SendAsync(new GetContextQuery(StudentId));
        var stats = await SendAsync(new GetStudentStatsQuery(StudentId));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(results.Select(r => r.Sequence), Is.EqualTo(new long[] { 1, 2, 3, 4, 5 }));
            Assert.That(results.Select(r => r.ContextSize), Is.EqualTo(new[] { 1, 2, 3, 3, 3 }));
            Assert.That(context.Messages.Select(m => m.Sequence), Is.EqualTo(new long[] { 3, 4, 5 }));
            Assert.That(context.Messages.Select(m => m.Text), Is.EqualTo(new[] { 3, 4, 5 }.Select(n => ChatText(StudentId, n))));
            Assert.That(Database.Messages(StudentId).Select(r => r.Sequence), Is.EqualTo(new long[] { 3, 4, 5 }));
            Assert.That(Database.LastMessageSequence(StudentId), Is.EqualTo(5));
            Assert.That(stats.TotalMessages, Is.EqualTo(5));
            Assert.That(stats.StoredMessages, Is.EqualTo(3));
        }
    }

    [Test]
    public async Task AddMessage_FromTutor_SkipsMinimumLength()
    {
        await StartAsync();
        await RegisterAsync(StudentId);

        await SendAsync(AddMessageCommand.FromTutor(StudentId, "Yes."));

        var stored = (await SendAsync(new GetContextQuery(StudentId))).Messages.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(stored.Text, Is.EqualTo("Yes."));
            Assert.That(stored.Role, Is.EqualTo(MessageRole.Assistant));
            Assert.That(stored.Intent, Is.Null);
        }
    }

    [Test]
    public async Task AddMessage_WithAnswerIntent_SkipsMinimumLength()
    {
        await StartAsync();
        await RegisterAsync(StudentId);

        await SendAsync(AddMessageCommand.FromStudent(StudentId, "4", MessageIntent.Answer));

        var stored = (await SendAsync(new GetContextQuery(StudentId))).Messages.Single();
        Assert.That((stored.Text, stored.Role, stored.Intent), Is.EqualTo(("4", MessageRole.User, (MessageIntent?)MessageIntent.Answer)));
    }

    [Test]
    public async Task AddMessage_WithQuestionIntent_EnforcesMinimumLength()
    {
        await StartAsync();
        await RegisterAsync(StudentId);

        var error = Assert.ThrowsAsync<ValidationException>(
            () => SendAsync(AddMessageCommand.FromStudent(StudentId, "Why?", MessageIntent.Question)));

        Assert.That(error.Errors.Keys, Is.EquivalentTo(new[] { nameof(AddMessageCommand.Text) }));
        Assert.That(Database.MessageCount(), Is.Zero);
    }

    [Test]
    public async Task AddMessage_FromTutor_StillRejectsEmptyText()
    {
        await StartAsync();
        await RegisterAsync(StudentId);

        Assert.ThrowsAsync<ValidationException>(() => SendAsync(AddMessageCommand.FromTutor(StudentId, "  ")));

        Assert.That(Database.MessageCount(), Is.Zero);
    }

    [Test]
    public async Task AddMessage_WhenStudentMessageHasNoIntent_IsRefusedAndStoresNothing()
    {
        await StartAsync();
        await RegisterAsync(StudentId);

        var refused = Assert.ThrowsAsync<ValidationException>(
            () => SendAsync(new AddMessageCommand(StudentId, MessageRole.User, Intent: null, ChatText(StudentId, 1))));

        Assert.That(refused.Errors.Keys, Does.Contain(nameof(AddMessageCommand.Intent)));
        Assert.That(Database.MessageCount(), Is.Zero);
        Assert.That(Database.LastMessageSequence(StudentId), Is.Zero);
    }
}
