using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TutorBot.Application.Common.Exceptions;
using TutorBot.Application.Students.GetStudentStats;
using TutorBot.Application.Students.RegisterStudent;
using TutorBot.Application.Tests.Functional.Support;

namespace TutorBot.Application.Tests.Functional;

public sealed class RegisterStudentCommandTests : PipelineTest
{
    [Test]
    public async Task RegisterStudent_WhenNew_CreatesStudent()
    {
        await StartAsync();

        var result = await SendAsync(new RegisterStudentCommand(42, "Ada"));

        Assert.That(result, Is.EqualTo(new RegisterStudentResult(42, "Ada", IsNew: true)));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Database.StudentCount(), Is.EqualTo(1));
            Assert.That(Database.DisplayName(42), Is.EqualTo("Ada"));
            Assert.That(Database.LastMessageSequence(42), Is.Zero);
        }
    }

    [Test]
    public async Task RegisterStudent_WhenNoNameGiven_GivesDefaultName()
    {
        await StartAsync();

        var result = await SendAsync(new RegisterStudentCommand(7));

        Assert.That(result.DisplayName, Is.EqualTo("Student 7"));
        Assert.That(Database.DisplayName(7), Is.EqualTo("Student 7"));
    }

    [Test]
    public async Task RegisterStudent_WhenCalledTwice_IsIdempotent()
    {
        await StartAsync();

        var first = await SendAsync(new RegisterStudentCommand(42, "Ada"));
        var second = await SendAsync(new RegisterStudentCommand(42, "Ada"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.IsNew, Is.True);
            Assert.That(second, Is.EqualTo(new RegisterStudentResult(42, "Ada", IsNew: false)));
            Assert.That(Database.StudentCount(), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task RegisterStudent_WhenNameIsNull_KeepsStoredName()
    {
        await StartAsync();
        await SendAsync(new RegisterStudentCommand(42, "Ada"));

        var result = await SendAsync(new RegisterStudentCommand(42, DisplayName: null));

        Assert.That(result.DisplayName, Is.EqualTo("Ada"));
        Assert.That(Database.DisplayName(42), Is.EqualTo("Ada"));
    }

    [Test]
    public async Task RegisterStudent_WhenNewNameGiven_ReplacesStoredName()
    {
        await StartAsync();
        await SendAsync(new RegisterStudentCommand(42, "Ada"));

        var result = await SendAsync(new RegisterStudentCommand(42, "  Ada Lovelace  "));

        Assert.That(result, Is.EqualTo(new RegisterStudentResult(42, "Ada Lovelace", IsNew: false)));
        Assert.That(Database.DisplayName(42), Is.EqualTo("Ada Lovelace"));
    }

    [Test]
    public async Task RegisterStudent_WhenSeenAgain_MovesLastActivityOnly()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        await StartAsync(configure: services => services.AddSingleton<TimeProvider>(clock));
        await SendAsync(new RegisterStudentCommand(42));
        clock.Advance(TimeSpan.FromHours(3));

        await SendAsync(new RegisterStudentCommand(42));

        var stats = await SendAsync(new GetStudentStatsQuery(42));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(stats.FirstActivityUtc, Is.EqualTo(new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc)));
            Assert.That(stats.LastActivityUtc, Is.EqualTo(new DateTime(2026, 3, 1, 15, 0, 0, DateTimeKind.Utc)));
        }
    }

    [TestCase(0L)]
    [TestCase(-1L)]
    [TestCase(long.MinValue)]
    public async Task RegisterStudent_WhenIdInvalid_IsRejectedAndStoresNothing(long studentId)
    {
        await StartAsync();

        var error = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new RegisterStudentCommand(studentId, "Ada")));

        Assert.That(error.Errors.Keys, Is.EquivalentTo(new[] { nameof(RegisterStudentCommand.StudentId) }));
        Assert.That(Database.StudentCount(), Is.Zero);
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("Ada\u0007")]
    public async Task RegisterStudent_WhenNameInvalid_IsRejectedAndKeepsStoredName(string name)
    {
        await StartAsync();
        await SendAsync(new RegisterStudentCommand(42, "Ada"));

        var error = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new RegisterStudentCommand(42, name)));

        Assert.That(error.Errors.Keys, Is.EquivalentTo(new[] { nameof(RegisterStudentCommand.DisplayName) }));
        Assert.That(Database.DisplayName(42), Is.EqualTo("Ada"));
    }

    [Test]
    public async Task RegisterStudent_WhenNameTooLong_IsRejectedAndStoresNothing()
    {
        await StartAsync();

        var error = Assert.ThrowsAsync<ValidationException>(
            () => SendAsync(new RegisterStudentCommand(42, new string('a', Domain.Students.Student.MaxDisplayNameLength + 1))));

        Assert.That(error.Errors.Keys, Is.EquivalentTo(new[] { nameof(RegisterStudentCommand.DisplayName) }));
        Assert.That(Database.StudentCount(), Is.Zero);
    }
}
