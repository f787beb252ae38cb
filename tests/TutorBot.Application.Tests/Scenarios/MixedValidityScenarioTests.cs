using TutorBot.Application.Common.Exceptions;
using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Application.Tests.Functional.Support;
using TutorBot.Domain.Conversations;

namespace TutorBot.Application.Tests.Scenarios;

/// <summary>
/// Valid and invalid operations mixed, as the old bot's suites sent them (40 with 20 % invalid, 18 with
/// 33 % invalid), also at ten times that size: every valid one stored once, every invalid one rejected,
/// nothing else changed.
/// </summary>
[Category("Scenarios")]
public sealed class MixedValidityScenarioTests : PipelineTest
{
    private const int OperationsPerStudent = 20;
    private const long UnknownStudentBase = 1_000_000;

    private sealed record Operation(long StudentId, AddMessageCommand Command, Type? Rejection);

    [TestCase(40, 5)]
    [TestCase(18, 3)]
    [TestCase(400, 5)]
    [TestCase(180, 3)]
    public async Task MixedOperations_AreAccountedForExactly(int baseOperations, int oneInvalidIn)
    {
        var operations = StressScale.Count(baseOperations);
        var invalidCount = operations / oneInvalidIn;
        var students = (operations + OperationsPerStudent - 1) / OperationsPerStudent;
        var ids = Enumerable.Range(1, students).Select(i => (long)i).ToArray();
        var plan = Plan(operations, invalidCount, students);
        await StartAsync();
        await RegisterAsync(ids);

        // Each student's operations in order, all students at once; every outcome is recorded, none ignored.
        var outcomes = await Task.WhenAll(plan.GroupBy(o => o.StudentId).Select(group => Task.Run(async () =>
        {
            var results = new List<(Operation Operation, Type? Rejection)>();
            foreach (var operation in group)
            {
                try
                {
                    await SendAsync(operation.Command);
                    results.Add((operation, null));
                }
                catch (Exception e) when (e is ValidationException or NotFoundException)
                {
                    results.Add((operation, e.GetType()));
                }
            }

            return results;
        })));

        var all = outcomes.SelectMany(o => o).ToList();
        var valid = plan.Where(o => o.Rejection is null).ToList();
        var stored = Database.AllMessages();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(all, Has.Count.EqualTo(operations));
            Assert.That(all.Where(o => o.Rejection != o.Operation.Rejection).Select(o => o.Operation), Is.Empty,
                "operations whose outcome differs from the plan");
            Assert.That(all.Count(o => o.Rejection is not null), Is.EqualTo(invalidCount));
            Assert.That(stored.Select(r => (r.StudentId, r.Text)),
                Is.EqualTo(valid.OrderBy(o => o.StudentId).Select(o => (o.StudentId, o.Command.Text))),
                "exactly the valid messages, each once, in each student's order");
            Assert.That(stored.GroupBy(r => r.StudentId).Select(g => g.Select(r => r.Sequence)),
                Has.All.Matches<IEnumerable<long>>(s => s.SequenceEqual(Enumerable.Range(1, s.Count()).Select(n => (long)n))),
                "rejected operations consumed no sequence number");
            Assert.That(Database.StudentCount(), Is.EqualTo(students), "no unknown student was created");
            Assert.That(ids.Sum(Database.LastMessageSequence), Is.EqualTo(valid.Count));
        }
    }

    /// <summary>A reproducible plan with exactly <paramref name="invalidCount"/> invalid operations at random places.</summary>
    private static List<Operation> Plan(int operations, int invalidCount, int students)
    {
        var random = new Random(operations * 31 + invalidCount);
        var invalid = Enumerable.Range(0, operations).OrderBy(_ => random.Next()).Take(invalidCount).ToHashSet();
        return [.. Enumerable.Range(0, operations).Select(i =>
        {
            var studentId = (long)(i % students) + 1;
            return invalid.Contains(i) ? Invalid(i, studentId) : Valid(i, studentId);
        })];
    }

    private static Operation Valid(int i, long studentId) => (i % 4) switch
    {
        0 => new(studentId, AddMessageCommand.FromStudent(studentId, $"Operation {i}: a free-form chat message"), null),
        1 => new(studentId, AddMessageCommand.FromStudent(studentId, $"Operation {i}: a question?", MessageIntent.Question), null),
        2 => new(studentId, AddMessageCommand.FromStudent(studentId, $"{i}", MessageIntent.Answer), null),
        _ => new(studentId, AddMessageCommand.FromTutor(studentId, $"Op {i}."), null),
    };

    private static Operation Invalid(int i, long studentId) => (i % 7) switch
    {
        0 => new(studentId, AddMessageCommand.FromStudent(studentId, ""), typeof(ValidationException)),
        1 => new(studentId, AddMessageCommand.FromStudent(studentId, $"Short {i % 10}"), typeof(ValidationException)),
        2 => new(studentId, AddMessageCommand.FromStudent(studentId, $"Operation {i}\u0000 with a NUL"), typeof(ValidationException)),
        3 => new(studentId, AddMessageCommand.FromStudent(studentId, new string('y', 5001)), typeof(ValidationException)),
        4 => new(studentId, AddMessageCommand.FromTutor(studentId, " \n\t "), typeof(ValidationException)),
        5 => new(studentId, AddMessageCommand.FromStudent(UnknownStudentBase + i, $"Operation {i}: from nobody we know"), typeof(NotFoundException)),
        _ => new(studentId, AddMessageCommand.FromStudent(-i - 1, $"Operation {i}: from an impossible id"), typeof(ValidationException)),
    };
}
