using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TutorBot.Application.Tests.Functional.Delivery;

/// <summary>Records each DELETE statement's table, and the transactions they ran in, to show how a purge is cut up.</summary>
internal sealed class DeleteRecorder : DbCommandInterceptor
{
    private static readonly string[] KnownTables = ["InboxUpdates", "OutboxMessages"];

    private readonly List<string> _tables = [];
    private readonly HashSet<DbTransaction> _transactions = new(ReferenceEqualityComparer.Instance);

    public IReadOnlyList<string> Tables => _tables;

    public int Transactions => _transactions.Count;

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var sql = command.CommandText;
        if (sql.StartsWith("DELETE FROM", StringComparison.Ordinal))
        {
            _tables.Add(KnownTables.FirstOrDefault(t => sql.StartsWith($"DELETE FROM \"{t}\"", StringComparison.Ordinal)) ?? sql);
            if (command.Transaction is { } transaction)
            {
                _transactions.Add(transaction);
            }
        }

        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }
}
