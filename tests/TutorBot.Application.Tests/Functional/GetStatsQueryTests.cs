using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TutorBot.Application.Common.Exceptions;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Application.Conversations.ClearContext;
using TutorBot.Application.Conversations.GetContext;
using TutorBot.Application.Stats.GetStats;
using TutorBot.Application.Students;
using TutorBot.Application.Tests.Functional.Support;
using TutorBot.Application.Tutoring.RecordTutorAnswer;
using TutorBot.Testing;

namespace TutorBot.Application.Tests.Functional;

public sealed class GetStatsQueryTests : PipelineTest
{
    private static readonly DateTime Start = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    private FakeTimeProvider _clock = null!;

    [SetUp]
    public void CreateClock() => _clock = new FakeTimeProvider(new DateTimeOffset(Start));

    [Test]
    public async Task GetStats_WhenNothingStored_ReturnsZeros()
    {
        await StartWithClockAsync();

        var stats = await SendAsync(new GetStatsQuery());

        Assert.That(stats, Is.EqualTo(new StatsDto(Start, 0, 0, 0, 0, 0, 0, 0, 0, stats.BusiestStudents, new LessonFiguresDto(0, 0, 0, null), new TutorUsageDto(0, 0, 0, 0, 0), stats.Caches)));
        Assert.That(stats.BusiestStudents, Is.Empty);
    }

    [Test]
    public async Task GetStats_AddsUpTheModelsTokens_AllTimeAndToday()
    {
        await StartWithClockAsync();
        await RegisterAsync(1, 2);
        await SendAsync(new RecordTutorAnswerCommand(1, "Yesterday's question?", "Yesterday's answer.", 100, 20));
        _clock.Advance(TimeSpan.FromDays(1));
        await SendAsync(new RecordTutorAnswerCommand(1, "Today's question?", "Today's answer.", 30, 5));
        await SendAsync(new RecordTutorAnswerCommand(2, "Another question today?", "Another answer today.", 10, 2));
        await SendAsync(new RecordTutorAnswerCommand(2, "A question answered offline?", "The offline tutor's answer.", 0, 0));

        var stats = await SendAsync(new GetStatsQuery());

        Assert.That(stats.Tutor, Is.EqualTo(new TutorUsageDto(InputTokens: 140, OutputTokens: 27, Answers: 3, TokensToday: 47, AnswersToday: 2)));
    }

    [Test]
    public async Task GetStats_ReportsTheContextCache()
    {
        await StartWithClockAsync(new Dictionary<string, string?> { ["Cache:MaxEntries"] = "9" });
        await RegisterAsync(1);
        await SendAsync(new GetContextQuery(1));
        await SendAsync(new GetContextQuery(1));

        var stats = await SendAsync(new GetStatsQuery());

        Assert.That(stats.Caches.Single(c => c.Name == "context"), Is.EqualTo(new CacheFiguresDto("context", 1, 1, 0, 1, 9)));
    }

    [Test]
    public async Task GetStats_CountsStoredAndAllTimeMessagesExactly()
    {
        await StartWithClockAsync(MaxMessagesPerStudent(3));
        await RegisterAsync(1, 2, 3);
        await WriteChatAsync(1, 5);
        await WriteChatAsync(2, 2);
        await SendAsync(new ClearContextCommand(2));
        await SendAsync(AddMessageCommand.FromTutor(2, "Welcome back."));

        var stats = await SendAsync(new GetStatsQuery());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(stats.Students, Is.EqualTo(3));
            Assert.That(stats.MessagesStored, Is.EqualTo(3 + 1));
            Assert.That(stats.MessagesStored, Is.EqualTo(Database.MessageCount()));
            Assert.That(stats.MessagesAllTime, Is.EqualTo(5 + 3));
            Assert.That(stats.MessagesLast24Hours, Is.EqualTo(4));
            Assert.That(stats.GeneratedAtUtc, Is.EqualTo(Start));
        }
    }

    [Test]
    public async Task GetStats_CountsOnlyStoredMessagesOfTheLast24Hours()
    {
        // A fake clock only moves forward: start early, write in time order, end at Start.
        _clock = new FakeTimeProvider(new DateTimeOffset(Start.AddDays(-2)));
        await StartWithClockAsync();
        await RegisterAsync(1);
        await WriteAtAsync(Start.AddHours(-30), "Written thirty hours ago");
        await WriteAtAsync(Start.AddHours(-24).AddSeconds(-1), "Written just over a day ago");
        await WriteAtAsync(Start.AddHours(-24).AddSeconds(1), "Written just under a day ago");
        await WriteAtAsync(Start.AddHours(-1), "Written an hour ago");
        await WriteAtAsync(Start, "Written right now");

        var stats = await SendAsync(new GetStatsQuery());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(stats.MessagesLast24Hours, Is.EqualTo(3));
            Assert.That(stats.MessagesStored, Is.EqualTo(5));
            Assert.That(stats.GeneratedAtUtc, Is.EqualTo(Start));
        }
    }

    [Test]
    public async Task GetStats_ListsBusiestStudentsByTotalMessagesThenId()
    {
        await StartWithClockAsync(MaxMessagesPerStudent(3));
        await RegisterAsync(5, 4, 3, 2, 1);
        await WriteChatAsync(1, 2);
        await WriteChatAsync(2, 5);
        await WriteChatAsync(3, 5);
        await WriteChatAsync(5, 3);

        var stats = await SendAsync(new GetStatsQuery(BusiestCount: 4));

        Assert.That(stats.BusiestStudents, Is.EqualTo(new[]
        {
            Activity(2, stored: 3, total: 5),
            Activity(3, stored: 3, total: 5),
            Activity(5, stored: 3, total: 3),
            Activity(1, stored: 2, total: 2),
        }));
    }

    [TestCase(0, 0)]
    [TestCase(2, 2)]
    [TestCase(100, 3)]
    public async Task GetStats_RespectsBusiestCount(int busiestCount, int expected)
    {
        await StartWithClockAsync();
        await RegisterAsync(1, 2, 3);

        var stats = await SendAsync(new GetStatsQuery(busiestCount));

        Assert.That(stats.BusiestStudents, Has.Count.EqualTo(expected));
    }

    [TestCase(-1)]
    [TestCase(101)]
    public async Task GetStats_WhenBusiestCountOutOfRange_IsRejected(int busiestCount)
    {
        await StartWithClockAsync();

        var error = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new GetStatsQuery(busiestCount)));

        Assert.That(error.Errors.Keys, Is.EquivalentTo(new[] { nameof(GetStatsQuery.BusiestCount) }));
    }

    private static StudentActivityDto Activity(long id, int stored, long total) =>
        new(id, $"Student {id}", stored, total, Start, Start);

    private Task<PipelineHost> StartWithClockAsync(IReadOnlyDictionary<string, string?>? settings = null) =>
        StartAsync(settings, services => services.AddSingleton<TimeProvider>(_clock));

    private async Task WriteAtAsync(DateTime time, string text)
    {
        _clock.SetUtcNow(new DateTimeOffset(time));
        await SendAsync(AddMessageCommand.FromStudent(1, text));
    }
}
