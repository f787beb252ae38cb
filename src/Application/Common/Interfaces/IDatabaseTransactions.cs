namespace TutorBot.Application.Common.Interfaces;

/// <summary>Starts transactions on the request's database context.</summary>
public interface IDatabaseTransactions
{
    /// <summary>
    /// Starts a write transaction; writers are serialised. When a transaction is already open in this
    /// scope, the returned one is nested in it: committing keeps its work for the outer owner to commit,
    /// disposing without committing undoes its own work only.
    /// </summary>
    Task<IDatabaseTransaction> BeginWriteAsync(CancellationToken cancellationToken);

    /// <summary>Starts a read-only transaction so that several queries see one consistent snapshot.</summary>
    Task<IDatabaseTransaction> BeginSnapshotAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="action"/> right after the outermost write transaction of this scope commits, in the order
    /// registered; drops it if that transaction (or the nested one it was registered in) rolls back. Runs it at once
    /// when no write transaction is open. Meant for side effects that must only follow durable writes, such as
    /// invalidating a cache: invalidating before the commit would let a reader cache the old rows again.
    /// </summary>
    void AfterCommit(Action action);
}

/// <summary>Disposing without committing rolls back and forgets every pending change.</summary>
public interface IDatabaseTransaction : IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken);
}
