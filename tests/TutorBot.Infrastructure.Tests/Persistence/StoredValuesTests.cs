using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Application.Students.RegisterStudent;
using TutorBot.Domain.Conversations;
using TutorBot.Testing;

namespace TutorBot.Infrastructure.Tests.Persistence;

/// <summary>How values look in the file and how they come back.</summary>
public sealed class StoredValuesTests : DatabaseTest
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 30, 15, TimeSpan.Zero);

    private PipelineHost _host = null!;

    [SetUp]
    public async Task StartHost()
    {
        var clock = new FakeTimeProvider(Now);
        _host = await PipelineHost.StartAsync(Database, configure: services => services.AddSingleton<TimeProvider>(clock));
        await _host.SendAsync(new RegisterStudentCommand(4));
        await _host.SendAsync(AddMessageCommand.FromStudent(4, "what is a common denominator?"));
        await _host.SendAsync(AddMessageCommand.FromTutor(4, "The same bottom number."));
    }

    [TearDown]
    public async Task StopHost()
    {
        await _host.DisposeAsync();
    }

    [Test]
    public async Task Times_AreReadBackAsTheSameUtcInstant()
    {
        var (student, messages) = await _host.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<ITutorBotDbContext>();
            return (await db.Students.AsNoTracking().SingleAsync(),
                await db.Messages.AsNoTracking().Select(m => m.CreatedAtUtc).ToListAsync());
        });

        var times = messages.Append(student.CreatedAtUtc).Append(student.LastSeenAtUtc).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(times.Select(t => t.Kind), Has.All.EqualTo(DateTimeKind.Utc));
            Assert.That(times, Has.All.EqualTo(Now.UtcDateTime));
        }
    }

    [Test]
    public void RolesAndIntents_AreStoredAsLowercaseWords()
    {
        var rows = Database.Column("SELECT Role || '/' || COALESCE(Intent, '-') FROM ConversationMessages ORDER BY Sequence");

        Assert.That(rows, Is.EqualTo(new[] { "user/chat", "assistant/-" }));
    }

    [Test]
    public async Task RolesAndIntents_AreReadBackAsEnums()
    {
        var kinds = await _host.InScopeAsync(async sp => await sp.GetRequiredService<ITutorBotDbContext>().Messages
            .AsNoTracking().OrderBy(m => m.Sequence).Select(m => new { m.Role, m.Intent }).ToListAsync());

        Assert.That(kinds.Select(k => (k.Role, k.Intent)), Is.EqualTo(new (MessageRole, MessageIntent?)[]
        {
            (MessageRole.User, MessageIntent.Chat),
            (MessageRole.Assistant, null),
        }));
    }
}
