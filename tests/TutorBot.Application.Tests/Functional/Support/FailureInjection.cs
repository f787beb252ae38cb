using System.Data.Common;
using MediatR;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TutorBot.Application.Tests.Functional.Support;

/// <summary>The failure a test injects, distinct from anything the application throws itself.</summary>
public sealed class InjectedFailureException(string message) : Exception(message);

/// <summary>Fails the next matching operation once armed, then disarms itself.</summary>
public sealed class FailureSwitch
{
    private int _armed;

    public int Fired { get; private set; }

    public void Arm() => Interlocked.Exchange(ref _armed, 1);

    public bool TryFire()
    {
        if (Interlocked.Exchange(ref _armed, 0) == 0)
        {
            return false;
        }

        Fired++;
        return true;
    }
}

/// <summary>
/// Registered after the standard behaviours, so it is the innermost one: it runs inside the command's
/// transaction and fails after the handler has written everything.
/// </summary>
public sealed class FailAfterHandlerBehaviour<TRequest, TResponse>(FailureSwitch failure) : IPipelineBehavior<TRequest, TResponse>
    where TRequest : IRequest<TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var response = await next();
        if (failure.TryFire())
        {
            throw new InjectedFailureException($"{typeof(TRequest).Name} failed after its handler wrote.");
        }

        return response;
    }
}

/// <summary>
/// Fails the statement that trims a conversation (the DELETE that follows the INSERT of a new message) and
/// records whether that INSERT had already run.
/// </summary>
public sealed class FailingTrimInterceptor(FailureSwitch failure) : DbCommandInterceptor
{
    private const string MessagesTable = "\"ConversationMessages\"";

    private int _insertsSeen;

    public int InsertsBeforeFailure { get; private set; }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Inspect(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Inspect(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Inspect(DbCommand command)
    {
        var sql = command.CommandText;
        if (sql.Contains("INSERT INTO " + MessagesTable, StringComparison.Ordinal))
        {
            _insertsSeen++;
        }
        else if (sql.Contains("DELETE FROM " + MessagesTable, StringComparison.Ordinal) && failure.TryFire())
        {
            InsertsBeforeFailure = _insertsSeen;
            throw new InjectedFailureException("The trimming DELETE failed.");
        }
    }
}
