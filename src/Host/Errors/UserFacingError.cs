using Microsoft.Extensions.Options;
using TutorBot.Application.Common.Exceptions;
using TutorBot.Domain.Common;
using TutorBot.Host.Cli;

namespace TutorBot.Host.Errors;

/// <summary>
/// The one place where exceptions become what a person sees: a chat reply or a CLI message with its exit
/// code. Anything not listed here is unexpected: it is logged and the person gets an apology, never a
/// stack trace.
/// </summary>
internal sealed record UserFacingError(string Message, int ExitCode)
{
    public static UserFacingError? FromExpected(Exception exception) => exception switch
    {
        ValidationException e => new(e.Message, ExitCodes.Usage),
        NotFoundException e => new(e.Message, ExitCodes.Usage),
        DomainException e => new(e.Message, ExitCodes.Failure),
        OptionsValidationException e => new($"Configuration error: {string.Join(" ", e.Failures)}", ExitCodes.Failure),
        AggregateException e => Combine(e.Flatten().InnerExceptions.Select(FromExpected).ToList()),
        _ => null,
    };

    /// <summary>Several problems at once (e.g. two bad settings) are all reported, if every one is expected.</summary>
    private static UserFacingError? Combine(List<UserFacingError?> errors) =>
        errors.Count > 0 && errors.TrueForAll(e => e is not null)
            ? new(string.Join(Environment.NewLine, errors.Select(e => e!.Message)), errors.Max(e => e!.ExitCode))
            : null;
}
