using MediatR;

namespace TutorBot.Application.Common.Messaging;

/// <summary>A request that only reads; it never opens a write transaction.</summary>
public interface IQuery<out TResponse> : IRequest<TResponse>;
