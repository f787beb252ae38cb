using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Application.Conversations.GetContext;
using TutorBot.Application.Students.GetStudentStats;
using TutorBot.Application.Tests.Functional.Support;
using TutorBot.Domain.Conversations;

namespace TutorBot.Application.Tests.Scenarios;

[Category("Scenarios")]
public sealed class ConversationScenarioTests : PipelineTest
{
    private const long StudentId = 42;
    private const int KeptByDefault = 50;

    [Test]
    public async Task Conversation_OfAlternatingTurns_StaysConsistent()
    {
        var turns = StressScale.Count(20);
        await StartAsync();
        await RegisterAsync(StudentId);

        var sequences = new List<long>();
        for (var turn = 1; turn <= turns; turn++)
        {
            sequences.Add((await SendAsync(AddMessageCommand.FromStudent(StudentId, StudentSays(turn), MessageIntent.Question))).Sequence);
            sequences.Add((await SendAsync(AddMessageCommand.FromTutor(StudentId, TutorSays(turn)))).Sequence);
        }

        var total = 2 * turns;
        var expected = Enumerable.Range(1, total).Skip(Math.Max(0, total - KeptByDefault)).Select(Expected).ToList();
        var context = await SendAsync(new GetContextQuery(StudentId));
        var stats = await SendAsync(new GetStudentStatsQuery(StudentId));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sequences, Is.EqualTo(Enumerable.Range(1, total).Select(n => (long)n)));
            Assert.That(context.Messages.Select(m => (m.Sequence, m.Role, m.Intent, m.Text)), Is.EqualTo(expected));
            Assert.That(Database.Messages(StudentId).Select(r => (r.Sequence, r.Text)), Is.EqualTo(expected.Select(e => (e.Sequence, e.Text))));
            Assert.That(stats.TotalMessages, Is.EqualTo(total));
            Assert.That(stats.StoredMessages, Is.EqualTo(expected.Count));
        }
    }

    private static string StudentSays(int turn) => $"Turn {turn}: could you explain step {turn} of the proof again?";

    private static string TutorSays(int turn) => $"Turn {turn}: of course. Step {turn} follows from the previous one.";

    /// <summary>Odd sequences are the student's questions, even ones the tutor's answers.</summary>
    private static (long Sequence, MessageRole Role, MessageIntent? Intent, string Text) Expected(int sequence)
    {
        var turn = (sequence + 1) / 2;
        return sequence % 2 == 1
            ? (sequence, MessageRole.User, MessageIntent.Question, StudentSays(turn))
            : (sequence, MessageRole.Assistant, null, TutorSays(turn));
    }
}
