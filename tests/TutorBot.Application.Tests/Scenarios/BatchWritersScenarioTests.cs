using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Application.Conversations.GetContext;
using TutorBot.Application.Tests.Functional.Support;
using TutorBot.Domain.Conversations;

namespace TutorBot.Application.Tests.Scenarios;

/// <summary>
/// Several batch writers share the same students, so they race for each student's next sequence number:
/// nothing may be lost or numbered twice.
/// </summary>
[Category("Scenarios")]
public sealed class BatchWritersScenarioTests : PipelineTest
{
    private const int Writers = 4;
    private const int Rounds = 10;

    [Test]
    public async Task ConcurrentBatchWriters_StoreEveryMessageOnceWithGaplessSequences()
    {
        var students = StressScale.Count(40);
        var ids = Enumerable.Range(1, students).Select(i => (long)i).ToArray();
        await StartAsync();
        await RegisterAsync(ids);

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            for (var round = 1; round <= Rounds; round++)
            {
                // Each writer walks the students from a different starting point.
                for (var i = 0; i < students; i++)
                {
                    var id = ids[(i + (writer * students / Writers)) % students];
                    await SendAsync(Command(writer, round, id));
                }
            }
        })));

        const int perStudent = Writers * Rounds;
        var expectedSequences = Enumerable.Range(1, perStudent).Select(n => (long)n).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Database.MessageCount(), Is.EqualTo(students * perStudent));
            foreach (var id in ids)
            {
                var messages = (await SendAsync(new GetContextQuery(id))).Messages;
                Assert.That(messages.Select(m => m.Sequence), Is.EqualTo(expectedSequences), $"student {id}");
                Assert.That(Database.LastMessageSequence(id), Is.EqualTo(perStudent), $"student {id}");
                for (var writer = 0; writer < Writers; writer++)
                {
                    // Across writers the interleaving is free; within one writer it is the order it sent.
                    var expected = Enumerable.Range(1, Rounds).Select(round => Command(writer, round, id)).ToList();
                    var prefix = $"Writer {writer} ";
                    Assert.That(
                        messages.Where(m => m.Text.StartsWith(prefix, StringComparison.Ordinal)).Select(m => (m.Role, m.Intent, m.Text)),
                        Is.EqualTo(expected.Select(c => (c.Role, c.Intent, c.Text))),
                        $"student {id}, writer {writer}");
                }
            }
        }
    }

    /// <summary>Writers send different kinds of message, so roles and intents are checked under load too.</summary>
    private static AddMessageCommand Command(int writer, int round, long studentId)
    {
        var text = $"Writer {writer} round {round} for student {studentId}";
        return (writer % 3) switch
        {
            0 => AddMessageCommand.FromStudent(studentId, text),
            1 => AddMessageCommand.FromTutor(studentId, text),
            _ => AddMessageCommand.FromStudent(studentId, text, MessageIntent.Answer),
        };
    }
}
