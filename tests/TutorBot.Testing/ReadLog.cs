using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TutorBot.Testing;

/// <summary>Records the SQL of every query EF Core runs, so a test can count the reads of a table.</summary>
public sealed class ReadLog : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _reads = new();

    /// <summary>Queries that read <paramref name="table"/> since the last <see cref="Clear"/>.</summary>
    public int ReadsOf(string table) => _reads.Count(sql => sql.Contains($"FROM \"{table}\"", StringComparison.Ordinal));

    public void Clear() => _reads.Clear();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        _reads.Enqueue(command.CommandText);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        _reads.Enqueue(command.CommandText);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        _reads.Enqueue(command.CommandText);
        return ValueTask.FromResult(result);
    }
}
