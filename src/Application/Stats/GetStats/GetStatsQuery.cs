using MediatR;
using Microsoft.EntityFrameworkCore;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Common.Messaging;
using TutorBot.Application.Students;

namespace TutorBot.Application.Stats.GetStats;

/// <summary>Global figures for operators.</summary>
public sealed record GetStatsQuery(int BusiestCount = 5) : IQuery<StatsDto>;

/// <param name="MessagesStored">Messages currently kept across all conversations.</param>
/// <param name="MessagesAllTime">Messages ever written, including trimmed and cleared ones.</param>
/// <param name="MessagesLast24Hours">Stored messages written in the 24 hours before <paramref name="GeneratedAtUtc"/>.</param>
/// <param name="InactiveStudents">Students that messages no longer reach (they blocked the bot).</param>
/// <param name="InboxPending">Received updates not yet processed.</param>
/// <param name="OutboxPending">Replies waiting to be delivered.</param>
/// <param name="OutboxFailed">Replies given up on.</param>
/// <param name="Lessons">Lesson figures across all students.</param>
/// <param name="Tutor">The model's tokens, all time and today (UTC).</param>
/// <param name="Caches">
/// Each bounded cache (<c>context</c>, <c>model-responses</c>), by name. Caches live in the bot's process, so: when a
/// cache of the process asking has been used (a lookup, or an entry), its live figures, counted since it started
/// (<see cref="CacheFiguresDto.PublishedAtUtc"/> null); otherwise (e.g. <c>tutorbot admin stats</c>, a process of its
/// own) the figures the bot last published (<c>PublishCacheFigures</c>, with the time they were read), when it ever did;
/// otherwise the live ones, all zero.
/// </param>
public sealed record StatsDto(
    DateTime GeneratedAtUtc,
    int Students,
    int InactiveStudents,
    int MessagesStored,
    long MessagesAllTime,
    int MessagesLast24Hours,
    int InboxPending,
    int OutboxPending,
    int OutboxFailed,
    IReadOnlyList<StudentActivityDto> BusiestStudents,
    LessonFiguresDto Lessons,
    TutorUsageDto Tutor,
    IReadOnlyList<CacheFiguresDto> Caches);

/// <param name="Answers">Answers the model gave (not the offline tutor, not the response cache).</param>
public sealed record TutorUsageDto(long InputTokens, long OutputTokens, long Answers, long TokensToday, long AnswersToday);

/// <param name="LessonsStarted">Lessons started, counting each student's lesson once.</param>
/// <param name="LessonsGraded">Graded attempts, retakes included.</param>
/// <param name="LessonsPassed">Lessons passed, counting each student's lesson once.</param>
/// <param name="AverageBestPercentage">Average of each student's best percentage in each graded lesson; null when none.</param>
public sealed record LessonFiguresDto(int LessonsStarted, int LessonsGraded, int LessonsPassed, decimal? AverageBestPercentage);

internal sealed class GetStatsQueryHandler(ITutorBotDbContext db, IDatabaseTransactions transactions, ICacheFigures caches, TimeProvider clock)
    : IRequestHandler<GetStatsQuery, StatsDto>
{
    public async Task<StatsDto> Handle(GetStatsQuery request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now.AddHours(-24);

        // Several queries, one snapshot: figures written meanwhile must not make them disagree.
        await using var snapshot = await transactions.BeginSnapshotAsync(cancellationToken);
        var students = await db.Students.CountAsync(cancellationToken);
        var inactive = await db.Students.CountAsync(s => s.InactiveSinceUtc != null, cancellationToken);
        var stored = await db.Messages.CountAsync(cancellationToken);
        var allTime = await db.Students.SumAsync(s => s.LastMessageSequence, cancellationToken);
        var recent = await db.Messages.CountAsync(m => m.CreatedAtUtc >= since, cancellationToken);
        var inboxPending = await db.Inbox.CountAsync(u => u.ProcessedAtUtc == null, cancellationToken);
        var outboxPending = await db.Outbox.CountAsync(m => m.SentAtUtc == null && m.FailedAtUtc == null, cancellationToken);
        var outboxFailed = await db.Outbox.CountAsync(m => m.FailedAtUtc != null, cancellationToken);
        var busiest = await db.Students
            .AsNoTracking()
            .OrderByDescending(s => s.LastMessageSequence)
            .ThenBy(s => s.Id)
            .Take(request.BusiestCount)
            .Select(StudentActivityDto.From(db.Messages))
            .ToListAsync(cancellationToken);

        // SQLite cannot aggregate decimals (EF stores them as text): the few figures of graded attempts are summed here.
        var attempts = await db.Attempts.AsNoTracking()
            .Select(a => new { a.StudentId, a.LessonId, a.GradedAtUtc, a.Percentage, a.Passed })
            .ToListAsync(cancellationToken);
        var bests = attempts.Where(a => a.GradedAtUtc != null).GroupBy(a => (a.StudentId, a.LessonId)).Select(g => g.Max(a => a.Percentage!.Value)).ToList();
        var lessons = new LessonFiguresDto(
            attempts.Select(a => (a.StudentId, a.LessonId)).Distinct().Count(),
            attempts.Count(a => a.GradedAtUtc != null),
            attempts.Where(a => a.Passed == true).Select(a => (a.StudentId, a.LessonId)).Distinct().Count(),
            bests.Count == 0 ? null : bests.Average());

        var today = now.Date;
        var tutor = await db.Usage.AsNoTracking()
            .GroupBy(_ => 1)
            .Select(g => new TutorUsageDto(
                g.Sum(u => u.InputTokens),
                g.Sum(u => u.OutputTokens),
                g.Sum(u => (long)u.Answers),
                g.Where(u => u.DayUtc == today).Sum(u => u.InputTokens + u.OutputTokens),
                g.Where(u => u.DayUtc == today).Sum(u => (long)u.Answers)))
            .SingleOrDefaultAsync(cancellationToken) ?? new TutorUsageDto(0, 0, 0, 0, 0);

        var cacheFigures = await CacheFiguresAsync(cancellationToken);

        return new StatsDto(now, students, inactive, stored, allTime, recent, inboxPending, outboxPending, outboxFailed, busiest, lessons, tutor, cacheFigures);
    }

    /// <summary>The rule of <see cref="StatsDto.Caches"/>.</summary>
    private async Task<IReadOnlyList<CacheFiguresDto>> CacheFiguresAsync(CancellationToken cancellationToken)
    {
        var live = caches.Snapshot();
        if (live.Any(c => c.Hits + c.Misses > 0 || c.Size > 0))
        {
            return live;
        }

        var published = await db.CacheReadings.AsNoTracking()
            .OrderBy(r => r.Name)
            .Select(r => new CacheFiguresDto(r.Name, r.Hits, r.Misses, r.Evictions, r.Size, r.Capacity, r.ReadAtUtc))
            .ToListAsync(cancellationToken);
        return published.Count > 0 ? published : live;
    }
}
