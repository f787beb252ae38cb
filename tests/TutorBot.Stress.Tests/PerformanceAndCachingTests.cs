using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Application.Conversations.ClearContext;
using TutorBot.Application.Conversations.GetContext;
using TutorBot.Application.Stats.GetStats;
using TutorBot.Application.Students.RegisterStudent;
using TutorBot.Application.Tutoring.AskTutor;
using TutorBot.FakeOpenAI;
using TutorBot.Infrastructure.Caching;
using TutorBot.Stress.Tests.Support;

namespace TutorBot.Stress.Tests;

/// <summary>
/// The old bot's performance and caching scenarios, at ten times their size, as correctness and completion checks:
/// speed is measured by the benchmarks, never asserted here.
/// </summary>
[Category("Stress")]
public sealed class PerformanceAndCachingTests : StressTest
{
    private const string ModelAnswer = "Find a common denominator, then add the numerators.";

    [Test]
    public async Task PerformanceAndCaching_HitRateAtLeastNinetyFivePercent_OnRepeatedKeys()
    {
        var asks = StressScale.Of(1000);
        var distinct = Math.Max(1, asks / 100);
        await using var model = await FakeModelServer.StartAsync();
        model.SetDefaultAnswer(ModelAnswer);
        await StartAsync(Database, null, ModelSettings(model));

        // Students with no conversation and no lesson: the same question makes the same model request, whoever asks.
        var answers = new List<TutorAnswerDto>();
        for (var i = 0; i < asks; i++)
        {
            answers.Add(await SendAsync(new AskTutorQuery(StudentId: (i % 50) + 1, Question(i % distinct))));
        }

        var figures = CacheFigures(ResponseCacheName);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(answers.Select(a => (a.Text, a.Source)), Has.All.EqualTo((ModelAnswer, TutorSource.Model)));
            Assert.That(model.CallCount, Is.EqualTo(distinct), "one model call per distinct request");
            Assert.That(figures.Misses, Is.EqualTo(distinct));
            Assert.That(figures.Hits, Is.EqualTo(asks - distinct));
            Assert.That(figures.HitRate, Is.GreaterThanOrEqualTo(0.95));
        }
    }

    [Test]
    public async Task PerformanceAndCaching_CacheIsBoundedAtFiveHundred()
    {
        const long student = 5;
        var keys = StressScale.Of(10_000);
        var limits = StressScale.Of(6000);
        await StartAsync();
        await RegisterAsync([student]);
        foreach (var n in Enumerable.Range(1, 3))
        {
            await AddChatAsync(student, n);
        }

        var store = Host.Services.GetRequiredService<ResponseCacheStore>();
        foreach (var key in Enumerable.Range(0, keys))
        {
            store.Set($"key-{key}", new ChatResponse(new ChatMessage(ChatRole.Assistant, $"answer {key}")));
        }

        // Every limit is a key of its own in the context cache.
        var wrong = 0;
        foreach (var limit in Enumerable.Range(1, limits))
        {
            if ((await SendAsync(new GetContextQuery(student, limit))).Messages.Count != Math.Min(limit, 3))
            {
                wrong++;
            }
        }

        var responses = store.Figures();
        var contexts = CacheFigures(ContextCacheName);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(wrong, Is.Zero);
            Assert.That(responses.Capacity, Is.EqualTo(500));
            Assert.That(responses.Size, Is.InRange(1, 500));
            Assert.That(responses.Size + responses.Evictions, Is.EqualTo(keys), "every entry is either kept or counted as evicted");
            Assert.That(store.TryGet($"key-{keys - 1}", out var newest) ? newest.Text : null, Is.EqualTo($"answer {keys - 1}"), "the newest entry stays");
            Assert.That(contexts.Capacity, Is.EqualTo(500));
            Assert.That(contexts.Size, Is.InRange(1, 500));
            Assert.That(contexts.Evictions, Is.GreaterThanOrEqualTo(limits - 500));
        }
    }

    [Test]
    public async Task PerformanceAndCaching_ContextRetrieval()
    {
        var students = StressScale.Of(100);
        await StartAsync();
        await RegisterAsync(Students(students));
        foreach (var student in Students(students))
        {
            for (var n = 1; n <= Written(student); n++)
            {
                await AddChatAsync(student, n);
            }
        }

        using (Assert.EnterMultipleScope())
        {
            foreach (var student in Students(students))
            {
                var written = Written(student);
                Assert.That((await SendAsync(new GetContextQuery(student))).Messages.Select(m => m.Text), Is.EqualTo(Last(student, written, 50)), $"student {student}");
                Assert.That((await SendAsync(new GetContextQuery(student, 5))).Messages.Select(m => m.Text), Is.EqualTo(Last(student, written, 5)), $"student {student}, 5");
            }
        }

        static int Written(long student) => (int)(student % 60) + 1;

        static IEnumerable<string> Last(long student, int written, int count) =>
            Enumerable.Range(1, written).TakeLast(count).Select(n => ChatText(student, n));
    }

    [Test]
    public async Task PerformanceAndCaching_MessageAddition()
    {
        const long student = 9;
        var messages = StressScale.Of(1000);
        await StartAsync();
        await RegisterAsync([student]);

        var results = new List<AddMessageResult>();
        for (var n = 1; n <= messages; n++)
        {
            results.Add(await AddChatAsync(student, n));
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results.Select(r => (r.Sequence, r.ContextSize)),
                Is.EqualTo(Enumerable.Range(1, messages).Select(n => ((long)n, Math.Min(n, 50)))));
            Assert.That(Database.Messages(student).Select(r => r.Text), Is.EqualTo(Enumerable.Range(1, messages).TakeLast(50).Select(n => ChatText(student, n))));
            Assert.That(Database.LastMessageSequence(student), Is.EqualTo(messages));
        }
    }

    [Test]
    public async Task PerformanceAndCaching_ConcurrentAdds()
    {
        const int students = 10;
        var adds = StressScale.Of(1000);
        await StartAsync("Limits:MaxMessagesPerStudent=100000");
        await RegisterAsync(Students(students));

        var results = await Task.WhenAll(Enumerable.Range(0, adds).Select(i => Task.Run(async () =>
        {
            var student = (i % students) + 1L;
            return (Student: student, Text: ChatText(student, i), (await SendAsync(AddMessageCommand.FromStudent(student, ChatText(student, i)))).Sequence);
        })));

        using (Assert.EnterMultipleScope())
        {
            foreach (var group in results.GroupBy(r => r.Student))
            {
                var rows = Database.Messages(group.Key);
                Assert.That(group.Select(r => r.Sequence).Order(), Is.EqualTo(Enumerable.Range(1, group.Count()).Select(s => (long)s)), $"student {group.Key}");
                Assert.That(rows.Select(r => (r.Sequence, r.Text)), Is.EquivalentTo(group.Select(r => (r.Sequence, r.Text))), $"student {group.Key}: each add stored once, where it said");
            }

            Assert.That(Database.MessageCount(), Is.EqualTo(adds));
        }
    }

    [Test]
    public async Task PerformanceAndCaching_ThousandCacheLookups()
    {
        var lookups = StressScale.Of(10_000);
        var keys = Math.Min(lookups, 400);
        await StartAsync();
        var store = Host.Services.GetRequiredService<ResponseCacheStore>();
        foreach (var key in Enumerable.Range(0, keys))
        {
            store.Set($"question-{key}", new ChatResponse(new ChatMessage(ChatRole.Assistant, $"answer {key}")));
        }

        var wrong = Enumerable.Range(0, lookups).Count(i => !store.TryGet($"question-{i % keys}", out var response) || response.Text != $"answer {i % keys}");

        var figures = store.Figures();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(wrong, Is.Zero);
            Assert.That(figures.Hits, Is.EqualTo(lookups));
            Assert.That(figures.Misses, Is.Zero);
            Assert.That(figures.Size, Is.EqualTo(keys));
        }
    }

    [Test]
    public async Task PerformanceAndCaching_HundredStatsCalls()
    {
        const int students = 20;
        const int readers = 4;
        var calls = StressScale.Of(1000);
        await StartAsync();
        await RegisterAsync(Students(students));
        foreach (var student in Students(students))
        {
            for (var n = 1; n <= student * 3; n++)
            {
                await AddChatAsync(student, n);
            }
        }

        await SendAsync(new ClearContextCommand(1));

        // Students 2..20 keep min(3s, 50) messages; student 1 cleared its 3; all time counts every message written.
        var stored = Students(students).Skip(1).Sum(s => Math.Min(3 * s, 50));
        var allTime = Students(students).Sum(s => 3 * s);
        var results = await Task.WhenAll(Enumerable.Range(0, readers).Select(reader => Task.Run(async () =>
        {
            var figures = new List<string>();
            for (var i = reader; i < calls; i += readers)
            {
                var stats = await SendAsync(new GetStatsQuery());
                figures.Add($"{stats.Students} {stats.MessagesStored} {stats.MessagesAllTime} {stats.InboxPending} {stats.OutboxPending} " +
                    string.Join(",", stats.BusiestStudents.Select(b => b.StudentId)));
            }

            return figures;
        })));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results.Sum(r => r.Count), Is.EqualTo(calls));
            Assert.That(results.SelectMany(r => r), Has.All.EqualTo($"{students} {stored} {allTime} 0 0 20,19,18,17,16"));
        }
    }

    [Test]
    public async Task PerformanceAndCaching_TwoIndependentCacheInstances()
    {
        const long student = 1;
        var reads = StressScale.Of(100);
        var first = await StartAsync();
        var second = await StartAsync(CreateExtraDatabase(), null);
        await first.SendAsync(new RegisterStudentCommand(student));
        await second.SendAsync(new RegisterStudentCommand(student));
        await first.SendAsync(AddMessageCommand.FromStudent(student, "Written in the first bot's database."));
        await second.SendAsync(AddMessageCommand.FromStudent(student, "Written in the second bot's database."));

        var seen = new List<(string First, string Second)>();
        for (var i = 0; i < reads; i++)
        {
            seen.Add(((await first.SendAsync(new GetContextQuery(student))).Messages.Single().Text,
                (await second.SendAsync(new GetContextQuery(student))).Messages.Single().Text));
        }

        var firstStore = first.Services.GetRequiredService<ResponseCacheStore>();
        var secondStore = second.Services.GetRequiredService<ResponseCacheStore>();
        firstStore.Set("shared-key", new ChatResponse(new ChatMessage(ChatRole.Assistant, "only in the first")));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(seen, Has.All.EqualTo(("Written in the first bot's database.", "Written in the second bot's database.")));
            foreach (var host in new[] { first, second })
            {
                var figures = CacheFigures(ContextCacheName, host);
                Assert.That((figures.Hits, figures.Misses, figures.Size), Is.EqualTo((reads - 1L, 1L, 1)), "each cache counts only its own reads");
            }

            Assert.That(secondStore, Is.Not.SameAs(firstStore));
            Assert.That(secondStore.TryGet("shared-key", out _), Is.False, "an entry of one instance is not in the other");
            Assert.That(firstStore.TryGet("shared-key", out var kept) ? kept.Text : null, Is.EqualTo("only in the first"));
        }
    }

    [Test]
    public async Task PerformanceAndCaching_TwentyWorkersFiftyOperations()
    {
        const int operations = 50;
        var workers = StressScale.Of(200);
        await StartAsync();
        await RegisterAsync(Students(workers));

        // Each worker on its own student: a write every fifth operation, reads in between, each checked.
        var wrong = await Task.WhenAll(Students(workers).Select(student => Task.Run(async () =>
        {
            var written = 0;
            var mismatches = 0;
            for (var i = 0; i < operations; i++)
            {
                if (i % 5 == 0)
                {
                    await AddChatAsync(student, ++written);
                }
                else if (!(await SendAsync(new GetContextQuery(student))).Messages.Select(m => m.Text)
                    .SequenceEqual(Enumerable.Range(1, written).Select(n => ChatText(student, n))))
                {
                    mismatches++;
                }
            }

            return mismatches;
        })));

        var figures = CacheFigures(ContextCacheName);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(wrong.Sum(), Is.Zero);
            Assert.That(Database.MessageCount(), Is.EqualTo(workers * operations / 5));
            Assert.That(figures.Hits + figures.Misses, Is.EqualTo(workers * operations * 4 / 5));
        }
    }

    private static string Question(int number) => $"How do I add fractions, question number {number}?";
}
