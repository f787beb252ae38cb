using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace TutorBot.Host;

internal static class ScopedRequests
{
    /// <summary>
    /// Sends one request in a scope of its own (its own database context), as the bot does for each message:
    /// for the CLI's queries and the transport's bookkeeping, which live outside any message's scope.
    /// </summary>
    public static async Task<T> SendAsync<T>(this IServiceScopeFactory scopes, IRequest<T> request, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request, cancellationToken);
    }
}
