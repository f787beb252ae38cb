using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Application.Conversations.GetContext;
using TutorBot.Application.Stats.GetStats;
using TutorBot.Application.Students.RegisterStudent;
using TutorBot.Infrastructure.Caching;
using TutorBot.Stress.Tests.Support;

namespace TutorBot.Stress.Tests;

/// <summary>The old bot's concurrency-load scenarios, at ten times their size.</summary>
[Category("Stress")]
public sealed class ConcurrencyLoadTests : StressTest
{
    private const string NoTrim = "Limits:MaxMessagesPerStudent=100000";

    [Test]
    public async Task ConcurrencyLoad_FiftyUsersTwoMessagesEach_InParallel()
    {
        var users = StressScale.Of(500);
        await using var bot = await TelegramBotProcess.StartAsync();

        // Interleaved the way a busy bot sees them: every user's first message, then every second one.
        foreach (var number in new[] { 1, 2 })
        {
            foreach (var user in Students(users))
            {
                bot.Fake.SendText(user, ChatText(user, number), fromUserId: user);
            }
        }

        await bot.WaitForSentAsync(2 * users);
        await TelegramBotProcess.WaitUntilAsync(() => bot.Database.Scalar("SELECT COUNT(*) FROM InboxUpdates WHERE ProcessedAtUtc IS NULL") == 0);

        using (Assert.EnterMultipleScope())
        {
            foreach (var user in Students(users))
            {
                var rows = bot.Database.Messages(user);
                Assert.That(bot.Database.Conversation(user),
                    Is.EqualTo(new[] { $"question: {ChatText(user, 1)}", "answer", $"question: {ChatText(user, 2)}", "answer" }), $"user {user}");
                Assert.That(bot.Fake.SentTo(user).Select(m => m.Text), Is.EqualTo(rows.Where(r => r.Role == "assistant").Select(r => r.Text)),
                    $"user {user}: each stored answer sent once, in order");
            }

            Assert.That(bot.Fake.Sent, Has.Count.EqualTo(2 * users), "no reply sent twice");
            Assert.That(bot.Database.MessageCount(), Is.EqualTo(4 * users));
            Assert.That(bot.Database.StudentCount(), Is.EqualTo(users));
        }
    }

    [Test]
    public async Task ConcurrencyLoad_TwentyConcurrentContextReads_ReturnTheSameData()
    {
        const long student = 7;
        var readers = StressScale.Of(200);
        await StartAsync();
        await RegisterAsync([student]);
        for (var n = 1; n <= 30; n++)
        {
            await AddChatAsync(student, n);
        }

        var contexts = await Task.WhenAll(Enumerable.Range(0, readers).Select(_ => Task.Run(() => SendAsync(new GetContextQuery(student)))));

        var expected = Database.Messages(student).Select(r => (r.Sequence, r.Text)).ToList();
        var figures = CacheFigures(ContextCacheName);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(expected, Has.Count.EqualTo(30));
            Assert.That(contexts.Select(c => c.Messages.Select(m => (m.Sequence, m.Text))), Has.All.EqualTo(expected));
            Assert.That(figures.Hits + figures.Misses, Is.EqualTo(readers), "every read was one cache lookup");
            Assert.That(figures.Size, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task ConcurrencyLoad_CacheReadByFifteenWorkersTimesTwentyThreads()
    {
        const int students = 15;
        const int readsPerWorker = 20;
        var workers = StressScale.Of(150);
        await StartAsync();
        await RegisterAsync(Students(students));
        foreach (var student in Students(students))
        {
            for (var n = 1; n <= student; n++)
            {
                await AddChatAsync(student, n);
            }
        }

        var expected = Students(students).ToDictionary(s => s, s => Database.Messages(s).Select(r => r.Text).ToList());
        var reads = await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            var seen = new List<(long Student, List<string> Texts)>();
            for (var i = 0; i < readsPerWorker; i++)
            {
                var student = ((worker + i) % students) + 1L;
                seen.Add((student, [.. (await SendAsync(new GetContextQuery(student))).Messages.Select(m => m.Text)]));
            }

            return seen;
        })));

        var all = reads.SelectMany(r => r).ToList();
        var figures = CacheFigures(ContextCacheName);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(all, Has.Count.EqualTo(workers * readsPerWorker));
            Assert.That(all.Where(r => !r.Texts.SequenceEqual(expected[r.Student])).Select(r => r.Student), Is.Empty, "reads that differ from the stored rows");
            Assert.That(figures.Hits + figures.Misses, Is.EqualTo(workers * readsPerWorker));
            Assert.That(figures.Size, Is.EqualTo(students), "one entry per student read");
        }
    }

    [Test]
    public async Task ConcurrencyLoad_TenThreadsWritingTheCache()
    {
        const int rounds = 10;
        var writers = StressScale.Of(100);
        var ids = Students(writers);
        await StartAsync(NoTrim);
        await RegisterAsync(ids);

        // Each writer writes, then reads its context through the cache: it must see exactly what it wrote so far.
        var mismatches = await Task.WhenAll(ids.Select(id => Task.Run(async () =>
        {
            var wrong = new List<string>();
            for (var n = 1; n <= rounds; n++)
            {
                await AddChatAsync(id, n);
                var texts = (await SendAsync(new GetContextQuery(id))).Messages.Select(m => m.Text);
                if (!texts.SequenceEqual(Enumerable.Range(1, n).Select(k => ChatText(id, k))))
                {
                    wrong.Add($"student {id} after write {n}");
                }
            }

            return wrong;
        })));

        var figures = CacheFigures(ContextCacheName);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(mismatches.SelectMany(m => m), Is.Empty, "reads that missed the reader's own committed write");
            Assert.That(Database.MessageCount(), Is.EqualTo(writers * rounds));
            Assert.That(figures.Hits + figures.Misses, Is.EqualTo(writers * rounds), "every read was one cache lookup");
        }
    }

    [Test]
    public async Task ConcurrencyLoad_MixedCacheReadsAndWrites_OnTwelveThreads()
    {
        const int students = 12;
        const int writesPerThread = 10;
        var threads = StressScale.Of(120);
        await StartAsync(NoTrim);
        await RegisterAsync(Students(students));

        // Threads share students: every read must show a whole, gap-free conversation, never a stale or torn one.
        var problems = await Task.WhenAll(Enumerable.Range(0, threads).Select(thread => Task.Run(async () =>
        {
            var student = (thread % students) + 1L;
            var wrong = new List<string>();
            for (var i = 1; i <= writesPerThread; i++)
            {
                var written = await SendAsync(AddMessageCommand.FromStudent(student, ThreadText(thread, i)));
                var context = await SendAsync(new GetContextQuery(student));
                var sequences = context.Messages.Select(m => m.Sequence).ToList();
                if (!sequences.SequenceEqual(Enumerable.Range(1, sequences.Count).Select(s => (long)s)) || sequences[^1] < written.Sequence)
                {
                    wrong.Add($"thread {thread} write {i}: read {sequences.Count} messages after writing #{written.Sequence}");
                }
            }

            return wrong;
        })));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(problems.SelectMany(p => p), Is.Empty);
            Assert.That(Database.MessageCount(), Is.EqualTo(threads * writesPerThread));
            foreach (var student in Students(students))
            {
                var rows = Database.Messages(student).Select(r => r.Text).ToList();
                Assert.That((await SendAsync(new GetContextQuery(student))).Messages.Select(m => m.Text), Is.EqualTo(rows), $"student {student}: cache equals disk");
                foreach (var thread in Enumerable.Range(0, threads).Where(t => (t % students) + 1 == student))
                {
                    Assert.That(rows.Where(t => t.StartsWith($"Thread {thread} ", StringComparison.Ordinal)),
                        Is.EqualTo(Enumerable.Range(1, writesPerThread).Select(i => ThreadText(thread, i))), $"thread {thread}: once each, in its order");
                }
            }
        }
    }

    [Test]
    public async Task ConcurrencyLoad_FifteenConcurrentMessages_AreKeptInOrder()
    {
        const long chat = 15;
        var messages = StressScale.Of(150);
        await using var bot = await TelegramBotProcess.StartAsync(NoTrimArgument);

        foreach (var n in Enumerable.Range(1, messages))
        {
            bot.Fake.SendText(chat, ChatText(chat, n), fromUserId: chat);
        }

        await bot.WaitForSentAsync(messages);

        var expected = Enumerable.Range(1, messages).SelectMany(n => new[] { $"question: {ChatText(chat, n)}", "answer" });
        var answers = bot.Database.Messages(chat).Where(r => r.Role == "assistant").Select(r => r.Text);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(bot.Database.Conversation(chat), Is.EqualTo(expected), "handled strictly in the order sent");
            Assert.That(bot.Fake.SentTo(chat).Select(m => m.Text), Is.EqualTo(answers), "each answer sent once, in order");
        }
    }

    [Test]
    public async Task ConcurrencyLoad_FiftyAsyncTasks_AllComplete()
    {
        var tasks = StressScale.Of(500);
        await StartAsync();

        var contexts = await Task.WhenAll(Students(tasks).Select(async id =>
        {
            await SendAsync(new RegisterStudentCommand(id));
            await AddChatAsync(id, 1);
            return await SendAsync(new GetContextQuery(id));
        }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(contexts.Select(c => (c.StudentId, c.Messages.Single().Text)), Is.EqualTo(Students(tasks).Select(id => (id, ChatText(id, 1)))));
            Assert.That(Database.StudentCount(), Is.EqualTo(tasks));
            Assert.That(Database.MessageCount(), Is.EqualTo(tasks));
        }
    }

    [Test]
    public async Task ConcurrencyLoad_MixedWriteReadStatsOperations_WithNoErrors()
    {
        const int students = 20;
        var operations = StressScale.Of(1000);
        await StartAsync(NoTrim);
        await RegisterAsync(Students(students));

        var failures = new System.Collections.Concurrent.ConcurrentBag<Exception>();
        var torn = new System.Collections.Concurrent.ConcurrentBag<StatsDto>();
        await Task.WhenAll(Enumerable.Range(0, operations).Select(i => Task.Run(async () =>
        {
            var student = (i % students) + 1L;
            try
            {
                switch (i % 3)
                {
                    case 0:
                        await SendAsync(AddMessageCommand.FromStudent(student, ThreadText(i, 1)));
                        break;
                    case 1:
                        await SendAsync(new GetContextQuery(student));
                        break;
                    default:
                        // One snapshot: a write landing meanwhile must not make the figures disagree.
                        var stats = await SendAsync(new GetStatsQuery());
                        if (stats.MessagesStored != stats.MessagesAllTime || stats.Students != students)
                        {
                            torn.Add(stats);
                        }

                        break;
                }
            }
            catch (Exception e)
            {
                failures.Add(e);
            }
        })));

        var writes = (operations + 2) / 3;
        var final = await SendAsync(new GetStatsQuery());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(failures, Is.Empty);
            Assert.That(torn, Is.Empty, "stats whose figures disagree");
            Assert.That(final.MessagesStored, Is.EqualTo(writes));
            Assert.That(final.MessagesAllTime, Is.EqualTo(writes));
            Assert.That(Database.MessageCount(), Is.EqualTo(writes));
        }
    }

    [Test]
    public async Task ConcurrencyLoad_TenThreadsTwentyRapidCacheOperations()
    {
        const int operationsPerThread = 20;
        var threads = StressScale.Of(100);
        var keys = threads * operationsPerThread / 2;

        // Room for every key, so that each read must find what its thread just wrote.
        await StartAsync(Setting("Cache:MaxEntries", keys * 10));
        var store = Host.Services.GetRequiredService<ResponseCacheStore>();

        var wrong = await Task.WhenAll(Enumerable.Range(0, threads).Select(thread => Task.Run(() =>
        {
            var misses = 0;
            for (var i = 0; i < operationsPerThread / 2; i++)
            {
                var key = $"thread-{thread}-key-{i}";
                store.Set(key, new ChatResponse(new ChatMessage(ChatRole.Assistant, $"answer {thread}/{i}")));
                if (!store.TryGet(key, out var response) || response.Text != $"answer {thread}/{i}")
                {
                    misses++;
                }
            }

            return misses;
        })));

        var figures = store.Figures();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(wrong.Sum(), Is.Zero, "reads that did not find their thread's write");
            Assert.That(figures.Hits, Is.EqualTo(keys));
            Assert.That(figures.Misses, Is.Zero);
            Assert.That(figures.Size, Is.EqualTo(keys));
            Assert.That(figures.Evictions, Is.Zero);
        }
    }

    private static string NoTrimArgument => "--" + NoTrim;

    private static string ThreadText(int thread, int number) => $"Thread {thread} writes number {number}.";
}
