using TutorBot.Application.Common.Exceptions;
using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Application.Conversations.ClearContext;
using TutorBot.Application.Students.DeactivateStudent;
using TutorBot.Application.Students.RegisterStudent;
using TutorBot.Application.Tests.Functional.Delivery;
using TutorBot.Application.Tests.Functional.Support;

namespace TutorBot.Application.Tests.Functional;

public sealed class DeactivateStudentCommandTests : DeliveryTest
{
    [Test]
    public async Task DeactivateStudent_MarksTheStudentInactiveSinceNow()
    {
        await StartWithClockAsync();
        await RegisterAsync(7, 8);
        Clock.Advance(TimeSpan.FromMinutes(3));

        await SendAsync(new DeactivateStudentCommand(7));

        Assert.That(InactiveSince(7), Is.EqualTo(StoredTime(Start.AddMinutes(3))));
        Assert.That(InactiveSince(8), Is.Null);
    }

    [Test]
    public async Task DeactivateStudent_WhenRepeated_KeepsTheFirstTime()
    {
        await StartWithClockAsync();
        await RegisterAsync(7);
        await SendAsync(new DeactivateStudentCommand(7));
        Clock.Advance(TimeSpan.FromHours(1));

        await SendAsync(new DeactivateStudentCommand(7));

        Assert.That(InactiveSince(7), Is.EqualTo(StoredTime(Start)));
    }

    [Test]
    public async Task DeactivateStudent_WhenUnknown_IsRefused()
    {
        await StartWithClockAsync();

        var refused = Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new DeactivateStudentCommand(404)));

        Assert.That(refused.Key, Is.EqualTo(404));
        Assert.That(Database.StudentCount(), Is.Zero);
    }

    [TestCase(0)]
    [TestCase(-5)]
    public async Task DeactivateStudent_WhenIdNotPositive_IsRefused(long studentId)
    {
        await StartWithClockAsync();

        Assert.ThrowsAsync<ValidationException>(() => SendAsync(new DeactivateStudentCommand(studentId)));
    }

    [Test]
    public async Task AddMessage_FromAnInactiveStudent_MakesThemActiveAgain()
    {
        await StartWithClockAsync();
        await RegisterAsync(7);
        await SendAsync(new DeactivateStudentCommand(7));

        await SendAsync(AddMessageCommand.FromStudent(7, "I unblocked you, hello again"));

        Assert.That(InactiveSince(7), Is.Null);
    }

    [Test]
    public async Task RegisterStudent_WhenInactiveStudentStartsAgain_MakesThemActiveAgain()
    {
        await StartWithClockAsync();
        await RegisterAsync(7);
        await SendAsync(new DeactivateStudentCommand(7));

        var result = await SendAsync(new RegisterStudentCommand(7));

        Assert.That(result.IsNew, Is.False);
        Assert.That(InactiveSince(7), Is.Null);
    }

    [Test]
    public async Task ClearContext_FromAnInactiveStudent_MakesThemActiveAgain()
    {
        await StartWithClockAsync();
        await RegisterAsync(7);
        await SendAsync(new DeactivateStudentCommand(7));

        await SendAsync(new ClearContextCommand(7));

        Assert.That(InactiveSince(7), Is.Null);
    }

    private string? InactiveSince(long studentId)
    {
        using var connection = Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """SELECT "InactiveSinceUtc" FROM "Students" WHERE "Id" = $student""";
        command.Parameters.AddWithValue("$student", studentId);
        return command.ExecuteScalar() as string;
    }
}
