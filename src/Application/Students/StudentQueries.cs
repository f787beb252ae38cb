using Microsoft.EntityFrameworkCore;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Domain.Students;

namespace TutorBot.Application.Students;

internal static class StudentQueries
{
    // Every incoming message loads its student at least once: compiled, the lookup skips EF Core's query
    // cache, which costs several times the SQL itself (docs/benchmarks.md).
    private static readonly Func<DbContext, long, CancellationToken, Task<Student?>> ById =
        EF.CompileAsyncQuery((DbContext db, long id, CancellationToken _) => db.Set<Student>().FirstOrDefault(s => s.Id == id));

    /// <summary>The student with this id, tracked so that changes to it are saved; null when unknown.</summary>
    /// <remarks>
    /// A student already tracked in this scope is returned without a query: handling one message loads its student
    /// in several commands (RegisterStudent, then AddMessage), and a compiled query still costs a round trip.
    /// </remarks>
    public static async Task<Student?> FindStudentAsync(this ITutorBotDbContext db, long id, CancellationToken cancellationToken) =>
        db.Context.Set<Student>().Local.FindEntry(id)?.Entity ?? await ById(db.Context, id, cancellationToken);
}
