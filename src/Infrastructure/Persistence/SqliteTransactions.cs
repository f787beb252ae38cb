using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using TutorBot.Application.Common.Interfaces;

namespace TutorBot.Infrastructure.Persistence;

internal sealed class SqliteTransactions(TutorBotDbContext db, SqliteWriteGate gate) : IDatabaseTransactions
{
    private int _savepoints;

    public async Task<IDatabaseTransaction> BeginWriteAsync(CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is { } outer)
        {
            // Inside an outer transaction (the Telegram transport wraps a whole update in one) a failing command
            // must still undo everything it wrote, while the outer work goes on: a savepoint does exactly that.
            var name = $"command{++_savepoints}";
            await outer.CreateSavepointAsync(name, cancellationToken);
            return new SavepointTransaction(this, db, outer, name);
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
            return new WriteTransaction(db, transaction, gate);
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

    private sealed class WriteTransaction(DbContext db, IDbContextTransaction transaction, SqliteWriteGate gate) : IDatabaseTransaction
    {
        private bool _committed;

        public async Task CommitAsync(CancellationToken cancellationToken)
        {
            await transaction.CommitAsync(cancellationToken);
            _committed = true;
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
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
    private sealed class SavepointTransaction(SqliteTransactions owner, DbContext db, IDbContextTransaction outer, string name)
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
