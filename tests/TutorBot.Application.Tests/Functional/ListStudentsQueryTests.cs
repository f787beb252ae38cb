using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TutorBot.Application.Conversations.ClearContext;
using TutorBot.Application.Students;
using TutorBot.Application.Students.ListStudents;
using TutorBot.Application.Students.RegisterStudent;
using TutorBot.Application.Tests.Functional.Support;

namespace TutorBot.Application.Tests.Functional;

public sealed class ListStudentsQueryTests : PipelineTest
{
    private static readonly DateTime Start = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    [Test]
    public async Task ListStudents_WhenNoneRegistered_ReturnsEmptyList()
    {
        await StartAsync();

        Assert.That(await SendAsync(new ListStudentsQuery()), Is.Empty);
    }

    [Test]
    public async Task ListStudents_ReturnsEveryStudentByIdWithExactFigures()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(Start));
        await StartAsync(MaxMessagesPerStudent(3), services => services.AddSingleton<TimeProvider>(clock));
        await SendAsync(new RegisterStudentCommand(30, "Carol"));
        clock.Advance(TimeSpan.FromMinutes(1));
        await SendAsync(new RegisterStudentCommand(10, "Alice"));
        clock.Advance(TimeSpan.FromMinutes(1));
        await SendAsync(new RegisterStudentCommand(20, "Bob"));
        clock.Advance(TimeSpan.FromMinutes(1));
        await WriteChatAsync(10, 4);
        await WriteChatAsync(30, 2);
        clock.Advance(TimeSpan.FromMinutes(1));
        await SendAsync(new ClearContextCommand(30));

        var students = await SendAsync(new ListStudentsQuery());

        Assert.That(students, Is.EqualTo(new[]
        {
            new StudentActivityDto(10, "Alice", 3, 4, Start.AddMinutes(1), Start.AddMinutes(3)),
            new StudentActivityDto(20, "Bob", 0, 0, Start.AddMinutes(2), Start.AddMinutes(2)),
            new StudentActivityDto(30, "Carol", 0, 2, Start, Start.AddMinutes(4)),
        }));
    }
}
