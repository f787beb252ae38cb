using MediatR;
using TutorBot.Application.Conversations.AddMessage;

namespace TutorBot.Stress.Tests.Support;

/// <summary>The fault a test injects, distinct from anything the application throws itself.</summary>
public sealed class InjectedFaultException(string message) : Exception(message);

/// <summary>
/// Registered after the standard behaviours, so it is the innermost one: it runs inside the command's transaction and
/// throws after the handler has written an <see cref="AddMessageCommand"/> whose text carries <see cref="Marker"/>.
/// Deciding by the request, not by a switch, keeps it exact under concurrency.
/// </summary>
public sealed class FaultOnMarkerBehaviour<TRequest, TResponse> : IPipelineBehavior<TRequest, TResponse>
    where TRequest : IRequest<TResponse>
{
    public const string Marker = "[fault]";

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var response = await next();
        if (request is AddMessageCommand command && command.Text.Contains(Marker, StringComparison.Ordinal))
        {
            throw new InjectedFaultException($"Injected after the handler wrote: {command.Text}");
        }

        return response;
    }
}
