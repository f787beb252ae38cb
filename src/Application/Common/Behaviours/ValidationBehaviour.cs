using FluentValidation;
using MediatR;
using ValidationException = TutorBot.Application.Common.Exceptions.ValidationException;

namespace TutorBot.Application.Common.Behaviours;

/// <summary>Runs every FluentValidation validator of the request before anything touches the database.</summary>
internal sealed class ValidationBehaviour<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
    where TRequest : IRequest<TResponse>
{
    private readonly IValidator<TRequest>[] _validators = [.. validators];

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (_validators.Length == 0)
        {
            return await next();
        }

        var context = new ValidationContext<TRequest>(request);
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in _validators)
        {
            // Synchronously: no rule here does I/O, and FluentValidation's async path costs a state machine per rule
            // on every request. A rule added with MustAsync would fail loudly here (AsyncValidatorInvokedSynchronouslyException).
            failures.AddRange(validator.Validate(context).Errors);
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures
                .GroupBy(f => f.PropertyName, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray(), StringComparer.Ordinal));
        }

        return await next();
    }
}
