using MediatR;
using TutorBot.Application.Common.Interfaces;
using TutorBot.Application.Common.Messaging;

namespace TutorBot.Application.Common.Behaviours;

/// <summary>
/// Runs each command in one write transaction: everything it wrote is committed together, or, on any
/// exception, nothing is. Queries pass straight through.
/// </summary>
internal sealed class TransactionBehaviour<TRequest, TResponse>(IDatabaseTransactions transactions)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : IRequest<TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommand)
        {
            return await next();
        }

        await using var transaction = await transactions.BeginWriteAsync(cancellationToken);
        var response = await next();
        await transaction.CommitAsync(cancellationToken);
        return response;
    }
}
