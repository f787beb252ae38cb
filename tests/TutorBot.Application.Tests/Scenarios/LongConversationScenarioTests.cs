using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Application.Conversations.GetContext;
using TutorBot.Application.Tests.Functional.Support;

namespace TutorBot.Application.Tests.Scenarios;

[Category("Scenarios")]
public sealed class LongConversationScenarioTests : PipelineTest
{
    private const long StudentId = 42;
    private const int KeptByDefault = 50;

    [Test]
    public async Task LongConversation_KeepsExactlyTheNewestMessagesInOrder()
    {
        var total = StressScale.Count(500);
        await StartAsync();
        await RegisterAsync(StudentId);

        var contextSizes = new List<int>();
        for (var n = 1; n <= total; n++)
        {
            contextSizes.Add((await SendAsync(AddMessageCommand.FromStudent(StudentId, ChatText(StudentId, n)))).ContextSize);
        }

        var kept = Enumerable.Range(total - KeptByDefault + 1, KeptByDefault).ToList();
        var context = await SendAsync(new GetContextQuery(StudentId));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(contextSizes, Is.EqualTo(Enumerable.Range(1, total).Select(n => Math.Min(n, KeptByDefault))));
            Assert.That(context.Messages.Select(m => m.Sequence), Is.EqualTo(kept.Select(n => (long)n)));
            Assert.That(context.Messages.Select(m => m.Text), Is.EqualTo(kept.Select(n => ChatText(StudentId, n))));
            Assert.That(Database.Messages(StudentId).Select(r => r.Sequence), Is.EqualTo(kept.Select(n => (long)n)));
            Assert.That(Database.MessageCount(), Is.EqualTo(KeptByDefault));
            Assert.That(Database.LastMessageSequence(StudentId), Is.EqualTo(total));
        }
    }
}
