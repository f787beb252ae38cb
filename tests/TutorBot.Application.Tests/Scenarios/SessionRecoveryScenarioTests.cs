using TutorBot.Application.Common.Exceptions;
using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Application.Conversations.GetContext;
using TutorBot.Application.Tests.Functional.Support;

namespace TutorBot.Application.Tests.Scenarios;

[Category("Scenarios")]
public sealed class SessionRecoveryScenarioTests : PipelineTest
{
    private static readonly string[] InvalidTexts =
    [
        "",
        "   ",
        "too short",
        "Bell\u0007 inside a long enough text",
        new string('x', 5001),
        "Lone \uDC00 surrogate in a long text",
    ];

    [Test]
    public async Task Session_AfterAnInvalidMessage_StoresTheNextValidOneAsIfNothingHappened()
    {
        var students = StressScale.Count(10);
        var ids = Enumerable.Range(1, students).Select(i => (long)i).ToArray();
        await StartAsync();
        await RegisterAsync(ids);

        // Each student opens with an invalid message, then alternates valid and invalid ones.
        var rejectedByStudent = await Task.WhenAll(ids.Select(id => Task.Run(async () =>
        {
            var rejected = 0;
            for (var i = 0; i < InvalidTexts.Length; i++)
            {
                try
                {
                    await SendAsync(AddMessageCommand.FromStudent(id, InvalidTexts[i]));
                }
                catch (ValidationException)
                {
                    rejected++;
                }

                await SendAsync(AddMessageCommand.FromStudent(id, ChatText(id, i + 1)));
            }

            return rejected;
        })));

        var expectedTexts = Enumerable.Range(1, InvalidTexts.Length).Select(n => (long)n).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(rejectedByStudent, Has.All.EqualTo(InvalidTexts.Length));
            Assert.That(Database.MessageCount(), Is.EqualTo(students * InvalidTexts.Length));
            foreach (var id in ids)
            {
                var context = await SendAsync(new GetContextQuery(id));
                Assert.That(context.Messages.Select(m => (m.Sequence, m.Text)),
                    Is.EqualTo(expectedTexts.Select(n => (n, ChatText(id, n)))), $"student {id}");
                Assert.That(Database.LastMessageSequence(id), Is.EqualTo(InvalidTexts.Length), $"student {id}");
            }
        }
    }
}
