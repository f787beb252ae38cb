using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using TutorBot.Application.Common.Interfaces;

namespace TutorBot.Infrastructure.Persistence;

internal sealed partial class SqliteTransactions(TutorBotDbContext db, SqliteWriteGate gate, ILogger<SqliteTransactions> logger)
    : IDatabaseTransactions
{
    private int _savepoints;

    // Non-null exactly while this scope's outermost write transaction is open.
    private List<Action>? _afterCommit;

    public void AfterCommit(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (_afterCommit is null)
        {
            action();
            return;
        }

        _afterCommit.Add(action);
    }

    public async Task<IDatabaseTransaction> BeginWriteAsync(CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is { } outer)
        {
            // Inside an outer transaction (the Telegram transport wraps a whole update in one) a failing command
            // must still undo everything it wrote, while the outer work goes on: a savepoint does exactly that.
            var name = $"command{++_savepoints}";
            await outer.CreateSavepointAsync(name, cancellationToken);
            return new SavepointTransaction(this, db, outer, name, _afterCommit?.Count ?? 0);
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            // Microsoft.Data.Sqlite begins with BEGIN IMMEDIATE: the write lock is taken now, so a read
            // inside the transaction can never be overtaken by another process's write.
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            // A failed command rolls back the whole transaction, so the savepoint EF Core would wrap around each
            // SaveChanges buys nothing and costs two statements. Pooling resets this for the next lease.
            db.Database.AutoSavepointsEnabled = false;
            _afterCommit = [];
            return new WriteTransaction(this, db, transaction, gate);
        }
        catch
        {
            gate.Release();
            throw;
        }
    }

    public async Task<IDatabaseTransaction> BeginSnapshotAsync(CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return JoinedTransaction.Instance;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (SqliteConnection)db.Database.GetDbConnection();

        // A deferred transaction takes no lock; in WAL mode its first read fixes the snapshot it sees.
        var transaction = connection.BeginTransaction(deferred: true);
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        return new SnapshotTransaction(db, transaction);
    }

    /// <summary>Runs the after-commit actions in order. A failing one is logged: the write is durable, so it must not be reported as failed.</summary>
    private void RunAfterCommit()
    {
        var actions = _afterCommit;
        _afterCommit = null;
        foreach (var action in actions ?? [])
        {
            try
            {
                action();
            }
            catch (Exception e)
            {
                LogAfterCommitFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An action to run after a commit failed; the committed writes stand")]
    private static partial void LogAfterCommitFailed(ILogger logger, Exception exception);

    private sealed class WriteTransaction(SqliteTransactions owner, DbContext db, IDbContextTransaction transaction, SqliteWriteGate gate) : IDatabaseTransaction
    {
        private bool _committed;

        public async Task CommitAsync(CancellationToken cancellationToken)
        {
            await transaction.CommitAsync(cancellationToken);
            _committed = true;
            owner.RunAfterCommit();
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                // Rolled back (or already run): nothing registered in this transaction may run any more.
                owner._afterCommit = null;
                await transaction.DisposeAsync();
                if (!_committed)
                {
                    // The rows are rolled back; the entities the command touched must be forgotten too, or the
                    // next SaveChanges in this scope would write them again.
                    db.ChangeTracker.Clear();
                }
            }
            finally
            {
                gate.Release();
            }
        }
    }

    private sealed class SnapshotTransaction(DbContext db, SqliteTransaction transaction) : IDatabaseTransaction
    {
        public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

        public async ValueTask DisposeAsync()
        {
            await db.Database.UseTransactionAsync(null);
            await transaction.DisposeAsync();
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>A write inside an outer write transaction: released on commit, rolled back to on failure.</summary>
    /// <param name="afterCommitMark">How many after-commit actions were registered before it: a rollback drops the later ones.</param>
    private sealed class SavepointTransaction(SqliteTransactions owner, DbContext db, IDbContextTransaction outer, string name, int afterCommitMark)
        : IDatabaseTransaction
    {
        private bool _released;

        public async Task CommitAsync(CancellationToken cancellationToken)
        {
            await outer.ReleaseSavepointAsync(name, cancellationToken);
            _released = true;
        }

        public async ValueTask DisposeAsync()
        {
            owner._savepoints--;
            if (_released)
            {
                return;
            }

            owner._afterCommit?.RemoveRange(afterCommitMark, owner._afterCommit.Count - afterCommitMark);
            await outer.RollbackToSavepointAsync(name);
            await outer.ReleaseSavepointAsync(name);

            // Whatever the failed command saved is gone from the database; its entities must go from the
            // change tracker too. Earlier commands' changes are already saved, so nothing else is lost.
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>A read inside an outer transaction: its owner commits or rolls back.</summary>
    private sealed class JoinedTransaction : IDatabaseTransaction
    {
        public static readonly JoinedTransaction Instance = new();

        public Task CommitAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
