namespace TutorBot.Infrastructure.Persistence;

/// <summary>
/// SQLite has one writer. Queueing this process's writers here, first come first served, replaces
/// SQLite's sleep-and-retry busy handler, which starves unlucky writers under load (see notes).
/// The busy timeout still covers other processes, such as an admin command.
/// </summary>
internal sealed class SqliteWriteGate : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    public Task WaitAsync(CancellationToken cancellationToken) => _semaphore.WaitAsync(cancellationToken);

    public void Release() => _semaphore.Release();

    public void Dispose() => _semaphore.Dispose();
}
