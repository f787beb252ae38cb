using System.Collections.Concurrent;
using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Application.Conversations.GetContext;
using TutorBot.Application.Tests.Functional.Support;

namespace TutorBot.Application.Tests.Scenarios;

[Category("Scenarios")]
public sealed class ConcurrentReadersAndWritersScenarioTests : PipelineTest
{
    private const int Writers = 10;
    private const int Readers = 10;
    private const int StudentsPerWriter = 2;
    private const int KeptByDefault = 50;

    [Test]
    public async Task ReadersAndWritersAtOnce_NeverFailAndNeverSeeATornConversation()
    {
        // More messages than are kept, so that readers also race the trimming DELETE.
        var messagesPerStudent = StressScale.Count(75);
        var readsPerReader = StressScale.Count(150);
        const int students = Writers * StudentsPerWriter;
        await StartAsync();
        await RegisterAsync([.. Enumerable.Range(1, students).Select(i => (long)i)]);
        var problems = new ConcurrentQueue<string>();
        var reads = 0;

        var writers = Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            for (var n = 1; n <= messagesPerStudent; n++)
            {
                for (var s = 1; s <= StudentsPerWriter; s++)
                {
                    long id = (writer * StudentsPerWriter) + s;
                    await SendAsync(AddMessageCommand.FromStudent(id, ChatText(id, n)));
                }
            }
        })).ToArray();
        var readers = Enumerable.Range(0, Readers).Select(reader => Task.Run(async () =>
        {
            var random = new Random(reader);
            for (var i = 0; i < readsPerReader; i++)
            {
                long id = random.Next(1, students + 1);
                int? limit = i % 3 == 0 ? random.Next(1, 60) : null;
                var context = await SendAsync(new GetContextQuery(id, limit));
                Interlocked.Increment(ref reads);
                if (Inconsistency(context, limit) is { } problem)
                {
                    problems.Enqueue(problem);
                }
            }
        })).ToArray();

        Assert.That(() => Task.WhenAll(writers.Concat(readers)), Throws.Nothing);

        var kept = Enumerable.Range(messagesPerStudent - KeptByDefault + 1, KeptByDefault).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(problems, Is.Empty, "torn or out-of-order reads");
            Assert.That(reads, Is.EqualTo(Readers * readsPerReader));
            Assert.That(Database.MessageCount(), Is.EqualTo(students * KeptByDefault));
            for (long id = 1; id <= students; id++)
            {
                var context = await SendAsync(new GetContextQuery(id));
                Assert.That(context.Messages.Select(m => m.Text), Is.EqualTo(kept.Select(n => ChatText(id, n))), $"student {id}");
                Assert.That(Database.LastMessageSequence(id), Is.EqualTo(messagesPerStudent), $"student {id}");
            }
        }
    }

    /// <summary>
    /// A committed conversation is always the newest min(last, kept) messages, contiguous and in order, each
    /// with the text written at that sequence. Anything else is a read of a half-done write.
    /// </summary>
    private static string? Inconsistency(ConversationContextDto context, int? limit)
    {
        var messages = context.Messages;
        if (messages.Count == 0)
        {
            return null;
        }

        var last = messages[^1].Sequence;
        var expectedCount = (int)Math.Min(last, Math.Min(KeptByDefault, limit ?? int.MaxValue));
        if (messages.Count != expectedCount)
        {
            return $"student {context.StudentId}: {messages.Count} messages up to {last}, expected {expectedCount} (limit {limit})";
        }

        for (var i = 0; i < messages.Count; i++)
        {
            var sequence = last - messages.Count + 1 + i;
            if (messages[i].Sequence != sequence || messages[i].Text != ChatText(context.StudentId, sequence))
            {
                return $"student {context.StudentId}: position {i} holds sequence {messages[i].Sequence}, expected {sequence}";
            }
        }

        return null;
    }
}
