using MediatR;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Application.Common.Exceptions;
using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Application.Conversations.ClearContext;
using TutorBot.Application.Conversations.GetContext;
using TutorBot.Application.Stats.GetStats;
using TutorBot.Application.Students.RegisterStudent;
using TutorBot.Stress.Tests.Support;

namespace TutorBot.Stress.Tests;

/// <summary>The old bot's database-stress scenarios, at ten times their size, on a real SQLite file.</summary>
[Category("Stress")]
public sealed class DatabaseStressTests : StressTest
{
    private const string NoTrim = "Limits:MaxMessagesPerStudent=100000";

    [Test]
    public async Task DatabaseStress_FiveReadersAndFiveWriters()
    {
        const int messages = 20;
        const int readsPerReader = 20;
        var writers = StressScale.Of(50);
        var readers = StressScale.Of(50);
        await StartAsync();
        await RegisterAsync(Students(writers));

        var writing = Students(writers).Select(student => Task.Run(async () =>
        {
            for (var n = 1; n <= messages; n++)
            {
                await AddChatAsync(student, n);
            }
        }));

        // A reader may see any number of a writer's messages, but always the first ones, whole and in order.
        var reading = Enumerable.Range(0, readers).Select(reader => Task.Run(async () =>
        {
            var torn = 0;
            for (var i = 0; i < readsPerReader; i++)
            {
                var student = ((reader + i) % writers) + 1L;
                var texts = (await SendAsync(new GetContextQuery(student))).Messages.Select(m => m.Text).ToList();
                if (!texts.SequenceEqual(Enumerable.Range(1, texts.Count).Select(n => ChatText(student, n))))
                {
                    torn++;
                }
            }

            return torn;
        })).ToList();

        await Task.WhenAll(writing);
        var torn = await Task.WhenAll(reading);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(torn.Sum(), Is.Zero, "reads that were not a whole prefix of the writer's messages");
            Assert.That(Database.MessageCount(), Is.EqualTo(writers * messages));
            foreach (var student in Students(writers))
            {
                Assert.That(Database.Messages(student).Select(r => r.Text), Is.EqualTo(Enumerable.Range(1, messages).Select(n => ChatText(student, n))));
            }
        }
    }

    [Test]
    public async Task DatabaseStress_TwentyFiveRapidWrites()
    {
        const long student = 25;
        var writes = StressScale.Of(250);
        await StartAsync(NoTrim);
        await RegisterAsync([student]);

        for (var n = 1; n <= writes; n++)
        {
            await AddChatAsync(student, n);
        }

        var rows = Database.Messages(student);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(rows.Select(r => (r.Sequence, r.Text)), Is.EqualTo(Enumerable.Range(1, writes).Select(n => ((long)n, ChatText(student, n)))));
            Assert.That(Database.LastMessageSequence(student), Is.EqualTo(writes));
        }
    }

    [Test]
    public async Task DatabaseStress_TwelveInterleavedReadWriteCycles()
    {
        const long student = 12;
        var cycles = StressScale.Of(120);
        await StartAsync();
        await RegisterAsync([student]);

        var wrong = new List<int>();
        for (var n = 1; n <= cycles; n++)
        {
            await AddChatAsync(student, n);
            var context = await SendAsync(new GetContextQuery(student));
            if (context.Messages.Count != Math.Min(n, 50) || context.Messages[^1].Text != ChatText(student, n) || context.Messages[^1].Sequence != n)
            {
                wrong.Add(n);
            }
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(wrong, Is.Empty, "cycles whose read did not show the write just made");
            Assert.That(Database.MessageCount(), Is.EqualTo(Math.Min(cycles, 50)));
        }
    }

    [Test]
    public async Task DatabaseStress_TwentyFiveOperationsReusingPooledConnections()
    {
        const int atOnce = 25;
        var operations = StressScale.Of(250);
        await StartAsync();

        // Waves of operations, every request in a scope (and so a pooled connection) of its own.
        var results = new List<(long Student, int Stored, int Students)>();
        foreach (var wave in Students(operations).Chunk(atOnce))
        {
            results.AddRange(await Task.WhenAll(wave.Select(student => Task.Run(async () =>
            {
                await SendAsync(new RegisterStudentCommand(student));
                await AddChatAsync(student, 1);
                var context = await SendAsync(new GetContextQuery(student));
                var stats = await SendAsync(new GetStatsQuery());
                return (student, context.Messages.Count, stats.Students);
            }))));
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(results.Select(r => (r.Student, r.Stored)), Is.EquivalentTo(Students(operations).Select(s => (s, 1))));
            Assert.That(results.Select(r => r.Students), Has.All.InRange(1, operations));
            Assert.That(Database.MessageCount(), Is.EqualTo(operations));
            Assert.That(IntegrityCheck(), Is.EqualTo("ok"));
        }
    }

    [Test]
    public async Task DatabaseStress_RollbackOnAFailingOperation()
    {
        const long student = 1;
        const int window = 10;
        var operations = StressScale.Of(100);
        await StartAsync(Database, s => s.AddScoped(typeof(IPipelineBehavior<,>), typeof(FaultOnMarkerBehaviour<,>)), Setting("Limits:MaxMessagesPerStudent", window));
        await RegisterAsync([student]);

        // Every fifth write fails inside its transaction after inserting (and trimming): nothing of it may remain.
        var stored = new List<string>();
        var failed = 0;
        for (var i = 1; i <= operations; i++)
        {
            var faulty = i % 5 == 0;
            var text = faulty ? $"Operation {i} {FaultOnMarkerBehaviour<AddMessageCommand, AddMessageResult>.Marker}" : ChatText(student, i);
            try
            {
                await SendAsync(AddMessageCommand.FromStudent(student, text));
                stored.Add(text);
            }
            catch (InjectedFaultException)
            {
                failed++;
            }

            var context = await SendAsync(new GetContextQuery(student));
            if (!context.Messages.Select(m => m.Text).SequenceEqual(stored.TakeLast(window)))
            {
                Assert.Fail($"after operation {i}, the context is not the last {window} stored messages");
            }
        }

        var rows = Database.Messages(student);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(failed, Is.EqualTo(operations / 5));
            Assert.That(rows.Select(r => r.Text), Is.EqualTo(stored.TakeLast(window)), "trims of failed writes rolled back too");
            Assert.That(rows.Select(r => r.Sequence), Is.EqualTo(Enumerable.Range(stored.Count - rows.Count + 1, rows.Count).Select(s => (long)s)),
                "failed writes consumed no sequence number");
            Assert.That(Database.LastMessageSequence(student), Is.EqualTo(stored.Count));
        }
    }

    [Test]
    public async Task DatabaseStress_TenUsersWritingConcurrently()
    {
        const int messages = 10;
        var users = StressScale.Of(100);
        await StartAsync();
        await RegisterAsync(Students(users));

        var sequences = await Task.WhenAll(Students(users).Select(user => Task.Run(async () =>
        {
            var written = new List<long>();
            for (var n = 1; n <= messages; n++)
            {
                written.Add((await AddChatAsync(user, n)).Sequence);
            }

            return written;
        })));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(sequences, Has.All.EqualTo(Enumerable.Range(1, messages).Select(s => (long)s)));
            Assert.That(Database.MessageCount(), Is.EqualTo(users * messages));
            Assert.That(Database.AllMessages().Select(r => (r.StudentId, r.Text)),
                Is.EqualTo(Students(users).SelectMany(u => Enumerable.Range(1, messages).Select(n => (u, ChatText(u, n))))));
        }
    }

    [Test]
    public async Task DatabaseStress_PerUserIsolation()
    {
        const int messages = 5;
        var users = StressScale.Of(100);
        await StartAsync();
        await RegisterAsync(Students(users));
        foreach (var user in Students(users))
        {
            for (var n = 1; n <= messages; n++)
            {
                await AddChatAsync(user, n);
            }
        }

        // Even users clear their conversation while odd users keep writing.
        await Task.WhenAll(Students(users).Select(user => Task.Run(async () =>
        {
            if (user % 2 == 0)
            {
                await SendAsync(new ClearContextCommand(user));
                return;
            }

            for (var n = messages + 1; n <= 2 * messages; n++)
            {
                await AddChatAsync(user, n);
            }
        })));

        using (Assert.EnterMultipleScope())
        {
            foreach (var user in Students(users))
            {
                List<string> expected = user % 2 == 0 ? [] : Enumerable.Range(1, 2 * messages).Select(n => ChatText(user, n)).ToList();
                Assert.That(Database.Messages(user).Select(r => r.Text), Is.EqualTo(expected), $"user {user}");
                Assert.That((await SendAsync(new GetContextQuery(user))).Messages.Select(m => m.Text), Is.EqualTo(expected), $"user {user}, read back");
            }
        }
    }

    [Test]
    public async Task DatabaseStress_ThousandCharacterMessages()
    {
        const int students = 10;
        var messages = StressScale.Of(100);
        await StartAsync(NoTrim);
        await RegisterAsync(Students(students));

        var texts = Enumerable.Range(0, messages).Select(LongText).ToList();
        await Task.WhenAll(Students(students).Select(student => Task.Run(async () =>
        {
            foreach (var text in texts.Where((_, i) => i % students == student - 1))
            {
                await SendAsync(AddMessageCommand.FromStudent(student, text));
            }
        })));

        const long edge = 1;
        var longest = new string('z', 4999) + "!";
        await SendAsync(AddMessageCommand.FromStudent(edge, longest));
        Assert.ThrowsAsync<ValidationException>(() => SendAsync(AddMessageCommand.FromStudent(edge, longest + "?")));

        using (Assert.EnterMultipleScope())
        {
            foreach (var student in Students(students))
            {
                var expected = texts.Where((_, i) => i % students == student - 1).ToList();
                if (student == edge)
                {
                    expected.Add(longest);
                }

                Assert.That(Database.Messages(student).Select(r => r.TextUtf8), Is.EqualTo(expected.Select(System.Text.Encoding.UTF8.GetBytes)), $"student {student}");
            }

            Assert.That(texts, Has.All.Length.EqualTo(1000));
            Assert.That(Database.MessageCount(), Is.EqualTo(messages + 1));
        }
    }

    /// <summary>1000 UTF-16 code units, unique per number, mixing ASCII, accents, CJK and surrogate pairs.</summary>
    private static string LongText(int number)
    {
        var head = $"Long message {number}: ";
        const string pattern = "Fractions ½ café 分数 😀 line\n";
        var body = string.Concat(Enumerable.Repeat(pattern, 1000 / pattern.Length + 1));
        var text = head + body[..(1000 - head.Length)];
        return char.IsHighSurrogate(text[^1]) ? text[..^1] + "." : text;
    }

    private string IntegrityCheck()
    {
        using var connection = Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }
}
