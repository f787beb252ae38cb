using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TutorBot.Application.Common.Exceptions;
using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Application.Students;
using TutorBot.Application.Students.GetStudentStats;
using TutorBot.Application.Students.RegisterStudent;
using TutorBot.Application.Tests.Functional.Support;

namespace TutorBot.Application.Tests.Functional;

public sealed class GetStudentStatsQueryTests : PipelineTest
{
    private static readonly DateTime Start = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    [Test]
    public async Task GetStudentStats_ReturnsExactFigures()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(Start));
        await StartAsync(MaxMessagesPerStudent(3), services => services.AddSingleton<TimeProvider>(clock));
        await SendAsync(new RegisterStudentCommand(42, "Ada"));
        await RegisterAsync(43);
        await WriteChatAsync(43, 2);
        clock.Advance(TimeSpan.FromMinutes(10));
        await WriteChatAsync(42, 4);
        clock.Advance(TimeSpan.FromMinutes(5));
        await SendAsync(AddMessageCommand.FromTutor(42, "Well done."));

        var stats = await SendAsync(new GetStudentStatsQuery(42));

        Assert.That(stats, Is.EqualTo(new StudentActivityDto(42, "Ada", 3, 5, Start, Start.AddMinutes(15))));
    }

    [Test]
    public async Task GetStudentStats_WhenStudentUnknown_ThrowsNotFound()
    {
        await StartAsync();
        await RegisterAsync(43);

        var error = Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new GetStudentStatsQuery(42)));

        Assert.That(error.Key, Is.EqualTo(42));
    }

    [Test]
    public async Task GetStudentStats_WhenStudentIdInvalid_IsRejected()
    {
        await StartAsync();

        var error = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new GetStudentStatsQuery(0)));

        Assert.That(error.Errors.Keys, Is.EquivalentTo(new[] { nameof(GetStudentStatsQuery.StudentId) }));
    }
}
