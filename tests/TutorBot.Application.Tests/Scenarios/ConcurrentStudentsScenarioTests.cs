using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Application.Conversations.GetContext;
using TutorBot.Application.Students.RegisterStudent;
using TutorBot.Application.Tests.Functional.Support;

namespace TutorBot.Application.Tests.Scenarios;

[Category("Scenarios")]
public sealed class ConcurrentStudentsScenarioTests : PipelineTest
{
    private const int MessagesPerStudent = 20;

    [Test]
    public async Task ManyStudentsWritingAtOnce_EachKeepsExactlyTheirOwnMessagesInOrder()
    {
        var students = StressScale.Count(200);
        var ids = Enumerable.Range(1, students).Select(i => (long)i).ToArray();
        await StartAsync();
        await Task.WhenAll(ids.Select(id => Task.Run(() => SendAsync(new RegisterStudentCommand(id)))));

        // One task per student keeps that student's messages in order; all students run at once.
        var sequencesByStudent = await Task.WhenAll(ids.Select(id => Task.Run(async () =>
        {
            var sequences = new List<long>();
            for (var n = 1; n <= MessagesPerStudent; n++)
            {
                sequences.Add((await SendAsync(AddMessageCommand.FromStudent(id, ChatText(id, n)))).Sequence);
            }

            return sequences;
        })));

        var expectedSequences = Enumerable.Range(1, MessagesPerStudent).Select(n => (long)n).ToList();
        var rowsByStudent = Database.AllMessages().ToLookup(r => r.StudentId);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Database.MessageCount(), Is.EqualTo(students * MessagesPerStudent));
            Assert.That(sequencesByStudent, Has.All.EqualTo(expectedSequences));
            foreach (var id in ids)
            {
                var expectedTexts = expectedSequences.Select(n => ChatText(id, n)).ToList();
                var context = await SendAsync(new GetContextQuery(id));
                Assert.That(context.Messages.Select(m => m.Text), Is.EqualTo(expectedTexts), $"context of student {id}");
                Assert.That(context.Messages.Select(m => m.Sequence), Is.EqualTo(expectedSequences), $"sequences of student {id}");
                Assert.That(rowsByStudent[id].Select(r => r.Text), Is.EqualTo(expectedTexts), $"rows of student {id}");
            }
        }
    }
}
