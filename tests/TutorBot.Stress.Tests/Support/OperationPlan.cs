using TutorBot.Application.Common.Exceptions;
using TutorBot.Application.Conversations.AddMessage;
using TutorBot.Domain.Conversations;

namespace TutorBot.Stress.Tests.Support;

/// <summary>One planned <see cref="AddMessageCommand"/> and the exception it must end in (null: it must be stored).</summary>
public sealed record PlannedOperation(int Number, long StudentId, AddMessageCommand Command, Type? Rejection);

/// <summary>
/// Reproducible mixes of valid and failing operations for the error-resilience scenarios: the failing ones are inputs
/// the validators refuse (too short, too long, control characters, blank, unknown or impossible student) and, when
/// asked, real faults thrown inside the transaction after the handler wrote (<see cref="FaultOnMarkerBehaviour{TRequest,TResponse}"/>).
/// </summary>
public static class OperationPlan
{
    private const long UnknownStudentBase = 1_000_000;

    public static List<PlannedOperation> Create(int operations, int failing, int students, bool withFaults)
    {
        var random = new Random(operations * 31 + failing);
        var failingAt = Enumerable.Range(0, operations).OrderBy(_ => random.Next()).Take(failing).ToHashSet();
        var failureNumber = 0;
        return [.. Enumerable.Range(0, operations).Select(i =>
        {
            var studentId = (long)(i % students) + 1;
            if (!failingAt.Contains(i))
            {
                return Valid(i, studentId);
            }

            var kind = failureNumber++;
            return withFaults && kind % 2 == 0 ? Faulting(i, studentId) : Invalid(i, studentId, withFaults ? kind / 2 : kind);
        })];
    }

    /// <summary>Runs each student's operations in order, all students at once; returns what each ended in.</summary>
    public static async Task<List<(PlannedOperation Operation, Type? Outcome)>> RunAsync(
        IEnumerable<PlannedOperation> plan, Func<AddMessageCommand, Task> send)
    {
        var outcomes = await Task.WhenAll(plan.GroupBy(o => o.StudentId).Select(group => Task.Run(async () =>
        {
            var results = new List<(PlannedOperation, Type?)>();
            foreach (var operation in group)
            {
                try
                {
                    await send(operation.Command);
                    results.Add((operation, null));
                }
                catch (Exception e) when (e is ValidationException or NotFoundException or InjectedFaultException)
                {
                    results.Add((operation, e.GetType()));
                }
            }

            return results;
        })));
        return [.. outcomes.SelectMany(o => o)];
    }

    private static PlannedOperation Valid(int i, long studentId) => (i % 4) switch
    {
        0 => new(i, studentId, AddMessageCommand.FromStudent(studentId, $"Operation {i}: a free-form chat message"), null),
        1 => new(i, studentId, AddMessageCommand.FromStudent(studentId, $"Operation {i}: a question?", MessageIntent.Question), null),
        2 => new(i, studentId, AddMessageCommand.FromStudent(studentId, $"{i}", MessageIntent.Answer), null),
        _ => new(i, studentId, AddMessageCommand.FromTutor(studentId, $"Op {i}."), null),
    };

    private static PlannedOperation Faulting(int i, long studentId) =>
        new(i, studentId, AddMessageCommand.FromStudent(studentId, $"Operation {i}: {FaultOnMarkerBehaviour<AddMessageCommand, AddMessageResult>.Marker} written, then failed"),
            typeof(InjectedFaultException));

    private static PlannedOperation Invalid(int i, long studentId, int kind) => (kind % 7) switch
    {
        0 => new(i, studentId, AddMessageCommand.FromStudent(studentId, "Short"), typeof(ValidationException)),
        1 => new(i, studentId, AddMessageCommand.FromStudent(studentId, $"Operation {i}\u0000 with a NUL"), typeof(ValidationException)),
        2 => new(i, studentId, AddMessageCommand.FromStudent(studentId, new string('y', 5001)), typeof(ValidationException)),
        3 => new(i, studentId, AddMessageCommand.FromTutor(studentId, " \n\t "), typeof(ValidationException)),
        4 => new(i, studentId, AddMessageCommand.FromStudent(UnknownStudentBase + i, $"Operation {i}: from nobody we know"), typeof(NotFoundException)),
        5 => new(i, studentId, AddMessageCommand.FromStudent(-i - 1, $"Operation {i}: from an impossible id"), typeof(ValidationException)),
        _ => new(i, studentId, AddMessageCommand.FromStudent(studentId, $"Operation {i} broken \uDC00 surrogate"), typeof(ValidationException)),
    };
}
