using MediatR;
using Microsoft.Extensions.DependencyInjection;
using TutorBot.Application.Common.Exceptions;
using TutorBot.Application.Conversations.GetContext;
using TutorBot.Application.Tutoring.AskTutor;
using TutorBot.FakeOpenAI;
using TutorBot.Host.Bot;
using TutorBot.Stress.Tests.Support;

namespace TutorBot.Stress.Tests;

/// <summary>
/// The old bot's error-resilience scenarios, at ten times their size, each with an exact account: every valid
/// operation stored once, every invalid or failing one rejected, nothing else changed.
/// </summary>
[Category("Stress")]
public sealed class ErrorResilienceTests : StressTest
{
    private const int OperationsPerStudent = 20;
    private const string Apology = "Sorry, something went wrong";

    [Test]
    public async Task ErrorResilience_FortyOperationsWithTwentyPercentInjectedErrors()
    {
        var operations = StressScale.Of(400);
        await StartAsync();
        await RunPlanAndAccountAsync(operations, operations / 5, withFaults: false);
    }

    [Test]
    public async Task ErrorResilience_InvalidOperationsNeverCrash()
    {
        const long student = 4;
        var rounds = StressScale.Of(10);
        await StartAsync();
        string[] hostile =
        [
            "", "   ", "short", "tab\tand\u0007bell here", new string('w', 5001), "lone \uD83D surrogate text",
            "/lesson 999", "/frobnicate now", "/ask", "/", "\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000",
        ];

        var replies = new List<(string Input, IReadOnlyList<BotReply> Replies)>();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var text in hostile)
            {
                replies.Add((text, await SayAsync(student, text)));
            }
        }

        var stillWorks = await SayAsync(student, ChatText(student, 1));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(replies, Has.Count.EqualTo(rounds * hostile.Length));
            Assert.That(replies.Where(r => r.Replies.Count == 0 || r.Replies.Any(x => string.IsNullOrWhiteSpace(x.Text) || x.Text.Contains(Apology, StringComparison.Ordinal)))
                .Select(r => r.Input), Is.Empty, "inputs without a clear reply");
            Assert.That(Database.Conversation(student), Is.EqualTo(new[] { $"question: {ChatText(student, 1)}", "answer" }), "only the valid message stored");
            Assert.That(Database.Messages(student)[^1].Text, Is.EqualTo(stillWorks.Single().Text));
            Assert.ThrowsAsync<NotFoundException>(() => SendAsync(new GetContextQuery(999_999)));
            Assert.ThrowsAsync<ValidationException>(() => SendAsync(new GetContextQuery(-1)));
            Assert.That(Database.StudentCount(), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task ErrorResilience_CacheRecoversAfterEviction()
    {
        const string answer = "Line the fractions up over one denominator.";
        var questions = StressScale.Of(100);
        var capacity = Math.Max(3, questions / 10);
        await using var model = await FakeModelServer.StartAsync();
        model.SetDefaultAnswer(answer);
        await StartAsync(Database, null, [.. ModelSettings(model), Setting("Cache:MaxEntries", capacity)]);

        var answers = new List<TutorAnswerDto>();
        for (var i = 0; i < questions; i++)
        {
            answers.Add(await SendAsync(new AskTutorQuery(1, Question(i))));
        }

        var afterFill = CacheFigures(ResponseCacheName);

        // The first question's answer was evicted: asked again, the model is called again, through a real fault
        // (one 500, retried), and the cache holds the answer again for the next time.
        model.FailNext(1, 500);
        var afterFault = await SendAsync(new AskTutorQuery(1, Question(0)));
        var callsAfterFault = model.CallCount;
        var cached = await SendAsync(new AskTutorQuery(2, Question(0)));
        var final = CacheFigures(ResponseCacheName);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(answers.Select(a => (a.Text, a.Source)), Has.All.EqualTo((answer, TutorSource.Model)));
            Assert.That(afterFill.Size, Is.LessThanOrEqualTo(capacity));
            Assert.That(afterFill.Evictions, Is.GreaterThanOrEqualTo(questions - capacity));
            Assert.That((afterFault.Text, afterFault.Source), Is.EqualTo((answer, TutorSource.Model)));
            Assert.That(callsAfterFault, Is.EqualTo(questions + 2), "one call per question, then the failed try and its retry");
            Assert.That((cached.Text, cached.Source), Is.EqualTo((answer, TutorSource.Model)));
            Assert.That(model.CallCount, Is.EqualTo(callsAfterFault), "the recovered entry answered without a call");
            Assert.That(final.Hits, Is.EqualTo(afterFill.Hits + 1));
        }
    }

    [Test]
    public async Task ErrorResilience_MixedValidAndInvalidOperations()
    {
        const int perStudent = 20;
        var operations = StressScale.Of(400);
        var students = Math.Max(1, operations / perStudent);
        await StartAsync();
        string[] invalid = ["tiny", "control \u0002 character text", "  \n  ", new string('q', 5001)];

        // Every third message of a student is invalid; students at once, each in order.
        var replies = await Task.WhenAll(Students(students).Select(student => Task.Run(async () =>
        {
            var results = new List<(bool Valid, string Text, IReadOnlyList<BotReply> Replies)>();
            for (var n = 1; n <= perStudent; n++)
            {
                var valid = n % 3 != 0;
                var text = valid ? ChatText(student, n) : invalid[n % invalid.Length];
                results.Add((valid, text, await SayAsync(student, text)));
            }

            return (Student: student, Results: results);
        })));

        using (Assert.EnterMultipleScope())
        {
            foreach (var (student, results) in replies)
            {
                var valid = results.Where(r => r.Valid).ToList();
                Assert.That(Database.Conversation(student), Is.EqualTo(valid.SelectMany(r => new[] { $"question: {r.Text}", "answer" })), $"student {student}");
                Assert.That(Database.Messages(student).Where(r => r.Role == "assistant").Select(r => r.Text),
                    Is.EqualTo(valid.Select(r => r.Replies.Single().Text)), $"student {student}: answers as sent");
                Assert.That(results.Where(r => !r.Valid).Select(r => r.Replies.Single().Text), Has.None.Contains(Apology).And.None.Empty, $"student {student}");
            }

            Assert.That(Database.MessageCount(), Is.EqualTo(2 * replies.Sum(r => r.Results.Count(x => x.Valid))));
        }
    }

    [Test]
    public async Task ErrorResilience_EighteenOperationsWithThirtyThreePercentInjectedErrors()
    {
        var operations = StressScale.Of(180);
        await StartAsync(Database, s => s.AddScoped(typeof(IPipelineBehavior<,>), typeof(FaultOnMarkerBehaviour<,>)));
        await RunPlanAndAccountAsync(operations, operations / 3, withFaults: true);
    }

    private async Task RunPlanAndAccountAsync(int operations, int failing, bool withFaults)
    {
        var students = (operations + OperationsPerStudent - 1) / OperationsPerStudent;
        var ids = Students(students);
        var plan = OperationPlan.Create(operations, failing, students, withFaults);
        await RegisterAsync(ids);

        var outcomes = await OperationPlan.RunAsync(plan, command => SendAsync(command));

        var valid = plan.Where(o => o.Rejection is null).ToList();
        var stored = Database.AllMessages();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(outcomes, Has.Count.EqualTo(operations));
            Assert.That(outcomes.Where(o => o.Outcome != o.Operation.Rejection).Select(o => o.Operation.Number), Is.Empty, "operations whose outcome differs from the plan");
            Assert.That(outcomes.Count(o => o.Outcome is not null), Is.EqualTo(failing));
            if (withFaults)
            {
                Assert.That(outcomes.Count(o => o.Outcome == typeof(InjectedFaultException)), Is.EqualTo((failing + 1) / 2), "real faults inside the transaction");
            }

            Assert.That(stored.Select(r => (r.StudentId, r.Text)), Is.EqualTo(valid.OrderBy(o => o.StudentId).Select(o => (o.StudentId, o.Command.Text))),
                "exactly the valid messages, each once, in each student's order");
            Assert.That(stored.GroupBy(r => r.StudentId).Select(g => g.Select(r => r.Sequence)),
                Has.All.Matches<IEnumerable<long>>(s => s.SequenceEqual(Enumerable.Range(1, s.Count()).Select(n => (long)n))),
                "rejected operations consumed no sequence number");
            Assert.That(Database.StudentCount(), Is.EqualTo(students), "no unknown student was created");
            Assert.That(ids.Sum(Database.LastMessageSequence), Is.EqualTo(valid.Count));
            foreach (var id in ids)
            {
                Assert.That((await SendAsync(new GetContextQuery(id))).Messages.Select(m => m.Text), Is.EqualTo(stored.Where(r => r.StudentId == id).Select(r => r.Text)),
                    $"student {id}: read back as stored");
            }
        }
    }

    private static string Question(int number) => $"What is a common denominator, question number {number}?";
}
